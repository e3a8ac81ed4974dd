using System.Text.RegularExpressions;
using Justice.Domain.Common;

namespace Justice.Domain.Statistics;

public enum IndicatorAxis { Row, Column }

/// <summary>
/// Biểu mẫu thống kê: a form of the sector's statistics (code such as <c>01a/BTP/HT</c>) whose cells are
/// the crossings of its row indicators and column indicators. Fixed once created: reports refer to its codes.
/// </summary>
public sealed partial class StatisticalForm : AggregateRoot
{
    public const string DefaultLegalBasis = "Thông tư 03/2019/TT-BTP";

    private readonly List<Indicator> _indicators = [];

    private StatisticalForm() { }

    public StatisticalForm(string code, string title, IEnumerable<(string Code, string Name)> rows,
        IEnumerable<(string Code, string Name)> columns, string legalBasis = DefaultLegalBasis, string? unitOfMeasure = null)
    {
        var normalizedCode = VietnameseText.Required(code, "Số hiệu biểu mẫu", 40);
        if (!FormCodePattern().IsMatch(normalizedCode))
            throw new DomainException("STAT_FORM_CODE_INVALID",
                $"Số hiệu biểu mẫu '{normalizedCode}' không đúng dạng (ví dụ 01a/BTP/HT).");
        Code = normalizedCode;
        Title = VietnameseText.Required(title, "Tên biểu mẫu", 300);
        LegalBasis = VietnameseText.Required(legalBasis, "Căn cứ ban hành", 200);
        UnitOfMeasure = VietnameseText.NormalizeOptional(unitOfMeasure) ?? "Việc";
        AddAxis(IndicatorAxis.Row, rows);
        AddAxis(IndicatorAxis.Column, columns);
    }

    /// <summary>Số hiệu biểu, e.g. <c>01a/BTP/HT</c>.</summary>
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>The legal act the form is issued under (Circular 03/2019/TT-BTP for the sector's forms).</summary>
    public string LegalBasis { get; private set; } = "";
    /// <summary>Đơn vị tính (việc, người, hồ sơ…).</summary>
    public string UnitOfMeasure { get; private set; } = "";
    public IReadOnlyList<Indicator> Indicators => _indicators;

    public IReadOnlyList<Indicator> Rows => [.. _indicators.Where(i => i.Axis == IndicatorAxis.Row).OrderBy(i => i.Position)];
    public IReadOnlyList<Indicator> Columns => [.. _indicators.Where(i => i.Axis == IndicatorAxis.Column).OrderBy(i => i.Position)];

    public IEnumerable<(string Row, string Column)> Cells =>
        from row in Rows from column in Columns select (row.Code, column.Code);

    public bool HasCell(string rowCode, string columnCode) =>
        _indicators.Any(i => i.Axis == IndicatorAxis.Row && i.Code == rowCode) &&
        _indicators.Any(i => i.Axis == IndicatorAxis.Column && i.Code == columnCode);

    public void EnsureCell(string rowCode, string columnCode)
    {
        if (!HasCell(rowCode, columnCode))
            throw new DomainException("STAT_CELL_UNKNOWN",
                $"Biểu {Code} không có ô chỉ tiêu dòng '{rowCode}', cột '{columnCode}'.");
    }

    public void Retitle(string title) => Title = VietnameseText.Required(title, "Tên biểu mẫu", 300);

    private void AddAxis(IndicatorAxis axis, IEnumerable<(string Code, string Name)> indicators)
    {
        var position = 0;
        foreach (var (code, name) in indicators)
        {
            var indicator = new Indicator(axis, code, name, ++position);
            if (_indicators.Any(i => i.Axis == axis && i.Code == indicator.Code))
                throw new DomainException("STAT_INDICATOR_DUPLICATE", $"Mã chỉ tiêu '{indicator.Code}' bị trùng trong biểu mẫu.");
            _indicators.Add(indicator);
        }
        if (position == 0)
            throw new DomainException("STAT_FORM_EMPTY", "Biểu mẫu phải có ít nhất một dòng và một cột chỉ tiêu.");
    }

    // Sector forms are numbered "01a/BTP/HT", "05/BTP/LLTP", "0801a/BTP/HTQTCT/HT": a number, an optional letter, then issuer segments.
    [GeneratedRegex(@"^\d{1,4}[a-zđ]?(/[A-ZĐ]{2,12})+$")]
    private static partial Regex FormCodePattern();
}

/// <summary>Chỉ tiêu: one row or column of a form; a cell is a row code crossed with a column code.</summary>
public sealed partial class Indicator : Entity
{
    private Indicator() { }

    internal Indicator(IndicatorAxis axis, string code, string name, int position)
    {
        var normalizedCode = VietnameseText.Required(code, "Mã chỉ tiêu", 20);
        if (!IndicatorCodePattern().IsMatch(normalizedCode))
            throw new DomainException("STAT_INDICATOR_CODE_INVALID", $"Mã chỉ tiêu '{normalizedCode}' chỉ gồm chữ, số và dấu chấm.");
        Axis = axis;
        Code = normalizedCode;
        Name = VietnameseText.Required(name, "Tên chỉ tiêu", 300);
        Position = position;
    }

    public IndicatorAxis Axis { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>Order on the printed form.</summary>
    public int Position { get; private set; }

    [GeneratedRegex(@"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")]
    private static partial Regex IndicatorCodePattern();
}
