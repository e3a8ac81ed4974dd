using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Justice.GraphQL.Common;

/// <summary><c>Date</c>: a calendar day, ISO 8601 <c>yyyy-MM-dd</c> (the portal shows it as dd/MM/yyyy).</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "Ngày theo lịch, dạng yyyy-MM-dd (ISO 8601), không có giờ và múi giờ.";
    }
}

/// <summary><c>Vnd</c>: an amount of money in whole Vietnamese đồng.</summary>
public sealed class VndScalar : LongGraphType
{
    public VndScalar()
    {
        Name = "Vnd";
        Description = "Số tiền bằng đồng Việt Nam (VND), số nguyên không âm, không có phần thập phân.";
    }

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));
    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    private static object? Check(object? value) => value is long amount && amount < 0
        ? throw new FormatException("Số tiền không được âm.")
        : value;
}

/// <summary><c>PersonalIdNumber</c>: the 12-digit personal ID number (số định danh cá nhân).</summary>
public sealed class PersonalIdNumberScalar : StringGraphType
{
    public PersonalIdNumberScalar()
    {
        Name = "PersonalIdNumber";
        Description = "Số định danh cá nhân: 12 chữ số (mã tỉnh, thế kỷ và giới tính, năm sinh, số ngẫu nhiên).";
    }

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));
    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    private static object? Check(object? value) => value is string text && (text.Length != 12 || !text.All(char.IsAsciiDigit))
        ? throw new FormatException($"Số định danh cá nhân phải gồm đúng 12 chữ số (nhận được \"{(text.Length > 20 ? text[..20] + "…" : text)}\").")
        : value;
}

public static class ScalarFormats
{
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
