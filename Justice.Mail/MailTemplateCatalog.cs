using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Justice.Domain.Common;

namespace Justice.Mail;

/// <summary>How a personalisation field is written into an e-mail.</summary>
public enum MailFieldType
{
    /// <summary>A string, written as given (HTML-encoded in the HTML body).</summary>
    Text,
    /// <summary><see cref="DateOnly"/>, or a UTC <see cref="DateTime"/>/<see cref="DateTimeOffset"/> read as the day in Vietnam: <c>dd/MM/yyyy</c>.</summary>
    Date,
    /// <summary>Whole đồng (<see cref="long"/> or <see cref="int"/>): <c>1.250.000 ₫</c>.</summary>
    Money,
    /// <summary>An absolute http(s) address.</summary>
    Url,
    /// <summary>An integer, written without grouping (a number, a year, a count).</summary>
    Number,
}

public sealed record MailTemplateField(string Name, MailFieldType Type);

/// <summary>One language of one template, as read from <c>Templates/&lt;key&gt;/&lt;lang&gt;.txt</c>.</summary>
public sealed record MailTemplate(
    string Key, string Language, int Version, IReadOnlyList<MailTemplateField> Fields,
    string Subject, string Html, string Text);

/// <summary>A template rendered with its fields: what <see cref="EmailOutbox"/> stores.</summary>
public sealed record RenderedEmail(string TemplateKey, int TemplateVersion, string Language, string Subject, string HtmlBody, string TextBody);

/// <summary>
/// Every e-mail template of the portal, in Vietnamese (<c>vi</c>) and English (<c>en</c>), loaded and checked once at
/// start: a placeholder that is not declared, a declared field that one language never uses, a version or field list
/// that differs between languages, or a missing language stops the host instead of producing a blank in an e-mail.
/// <para>
/// File format (UTF-8), one file per key and language, embedded from <c>Templates/&lt;key&gt;/&lt;lang&gt;.txt</c>:
/// <code>
/// version: 2
/// fields: applicantName, applicationNumber, fee:money, readyOn:date, trackingUrl:url
/// subject: Hồ sơ {{applicationNumber}} …
/// --- html
/// &lt;p&gt;Kính gửi {{applicantName}}, …&lt;/p&gt;
/// --- text
/// Kính gửi {{applicantName}}, …
/// </code>
/// Field types: <c>text</c> (default), <c>date</c>, <c>money</c>, <c>url</c>, <c>number</c>.
/// </para>
/// </summary>
public sealed partial class MailTemplateCatalog
{
    public static readonly IReadOnlyList<string> Languages = ["vi", "en"];
    private const string ResourcePrefix = "Justice.Mail.Templates.";

    private readonly Dictionary<(string Key, string Language), MailTemplate> _templates;

    private MailTemplateCatalog(Dictionary<(string, string), MailTemplate> templates) => _templates = templates;

    public IReadOnlyCollection<string> Keys => _templates.Keys.Select(k => k.Key).Distinct().Order(StringComparer.Ordinal).ToList();

    public MailTemplate Get(string key, string language) =>
        _templates.TryGetValue((key ?? "", (language ?? "").ToLowerInvariant()), out var template) ? template
        : !Languages.Contains((language ?? "").ToLowerInvariant())
            ? throw new DomainException("MAIL_TEMPLATE_LANGUAGE_UNKNOWN", $"Không có mẫu thư bằng ngôn ngữ '{language}'.")
            : throw new DomainException("MAIL_TEMPLATE_UNKNOWN", $"Không có mẫu thư '{key}'.");

    /// <summary>The templates embedded in this assembly (<c>Templates/&lt;key&gt;/&lt;lang&gt;.txt</c>).</summary>
    public static MailTemplateCatalog LoadEmbedded()
    {
        var assembly = typeof(MailTemplateCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            // Justice.Mail.Templates.<key>/<lang>.txt → <key>.<lang>.txt
            .Select(n => (Name: n[ResourcePrefix.Length..].Replace('\\', '/').Replace('/', '.'), Content: Read(assembly, n)));
        return Load(files);
    }

    /// <summary>Parses and checks templates; throws <see cref="MailTemplateException"/> listing every problem found.</summary>
    public static MailTemplateCatalog Load(IEnumerable<(string FileName, string Content)> files)
    {
        var problems = new List<string>();
        var templates = new Dictionary<(string, string), MailTemplate>();
        foreach (var (fileName, content) in files)
        {
            var name = fileName.EndsWith(".txt", StringComparison.Ordinal) ? fileName[..^4] : fileName;
            var dot = name.LastIndexOf('.');
            if (dot <= 0 || !Languages.Contains(name[(dot + 1)..]))
            {
                problems.Add($"{fileName}: the name must be <key>.<{string.Join('|', Languages)}>.txt");
                continue;
            }
            var template = Parse(name[..dot], name[(dot + 1)..], content, fileName, problems);
            if (template is not null) templates[(template.Key, template.Language)] = template;
        }

        foreach (var key in templates.Keys.Select(k => k.Item1).Distinct())
        {
            var versions = Languages.Where(l => templates.ContainsKey((key, l))).Select(l => templates[(key, l)]).ToList();
            foreach (var missing in Languages.Where(l => !templates.ContainsKey((key, l))))
                problems.Add($"{key}: no '{missing}' version of the template");
            if (versions.Count < 2) continue;
            var first = versions[0];
            foreach (var other in versions.Skip(1))
            {
                if (other.Version != first.Version)
                    problems.Add($"{key}: version {first.Version} in '{first.Language}' but {other.Version} in '{other.Language}'");
                var a = first.Fields.Select(f => $"{f.Name}:{f.Type}").Order().ToList();
                var b = other.Fields.Select(f => $"{f.Name}:{f.Type}").Order().ToList();
                if (!a.SequenceEqual(b))
                    problems.Add($"{key}: fields differ between '{first.Language}' ({string.Join(", ", a)}) and '{other.Language}' ({string.Join(", ", b)})");
            }
        }
        if (problems.Count > 0) throw new MailTemplateException(problems);
        return new MailTemplateCatalog(templates);
    }

    private static MailTemplate? Parse(string key, string language, string content, string fileName, List<string> problems)
    {
        var count = problems.Count;
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        int? version = null;
        List<MailTemplateField>? fields = null;
        string? subject = null;
        var sections = new Dictionary<string, StringBuilder>();
        StringBuilder? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                var section = line[4..].Trim();
                if (section is not ("html" or "text") || sections.ContainsKey(section))
                {
                    problems.Add($"{fileName}: unexpected section '{section}'");
                    current = null;
                    continue;
                }
                sections[section] = current = new StringBuilder();
                continue;
            }
            if (current is not null)
            {
                current.Append(line).Append('\n');
                continue;
            }
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':');
            var header = colon < 0 ? line.Trim() : line[..colon].Trim();
            var value = colon < 0 ? "" : line[(colon + 1)..].Trim();
            switch (header)
            {
                case "version":
                    version = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v : null;
                    if (version is null) problems.Add($"{fileName}: version must be a whole number from 1");
                    break;
                case "fields":
                    fields = ParseFields(value, fileName, problems);
                    break;
                case "subject":
                    subject = value;
                    break;
                default:
                    problems.Add($"{fileName}: unknown header '{header}'");
                    break;
            }
        }
        if (version is null && problems.Count == count) problems.Add($"{fileName}: no version");
        if (fields is null) problems.Add($"{fileName}: no fields line (write 'fields:' with nothing after it for none)");
        if (string.IsNullOrWhiteSpace(subject)) problems.Add($"{fileName}: no subject");
        if (!sections.TryGetValue("html", out var html) || html.ToString().Trim().Length == 0) problems.Add($"{fileName}: no html section");
        if (!sections.TryGetValue("text", out var text) || text.ToString().Trim().Length == 0) problems.Add($"{fileName}: no text section");
        if (problems.Count > count) return null;

        var template = new MailTemplate(key, language, version!.Value, fields!, subject!, html!.ToString().Trim(), text!.ToString().Trim());
        var declared = template.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (part, body) in new[] { ("subject", template.Subject), ("html", template.Html), ("text", template.Text) })
        {
            foreach (Match match in Placeholder().Matches(body))
            {
                var name = match.Groups[1].Value;
                used.Add(name);
                if (!declared.Contains(name)) problems.Add($"{fileName}: placeholder {{{{{name}}}}} in the {part} is not declared in fields");
            }
            var stray = Placeholder().Replace(body, "");
            if (stray.Contains("{{", StringComparison.Ordinal) || stray.Contains("}}", StringComparison.Ordinal))
                problems.Add($"{fileName}: malformed placeholder in the {part}");
        }
        foreach (var unused in declared.Where(d => !used.Contains(d)).Order(StringComparer.Ordinal))
            problems.Add($"{fileName}: field '{unused}' is declared but not used in this language");
        return problems.Count > count ? null : template;
    }

    private static List<MailTemplateField> ParseFields(string value, string fileName, List<string> problems)
    {
        var fields = new List<MailTemplateField>();
        foreach (var item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split(':', StringSplitOptions.TrimEntries);
            var name = parts[0];
            MailFieldType type = MailFieldType.Text;
            if (!FieldName().IsMatch(name)) problems.Add($"{fileName}: field name '{name}' must be letters and digits, starting with a letter");
            else if (parts.Length > 2 || (parts.Length == 2 && !Enum.TryParse(parts[1], ignoreCase: true, out type)))
                problems.Add($"{fileName}: field '{name}' has an unknown type '{string.Join(':', parts.Skip(1))}'");
            else if (fields.Any(f => f.Name == name)) problems.Add($"{fileName}: field '{name}' is declared twice");
            else fields.Add(new MailTemplateField(name, type));
        }
        return fields;
    }

    /// <summary>
    /// Fills a template. Every declared field must be given and nothing else (codes <c>MAIL_TEMPLATE_FIELD_MISSING</c>,
    /// <c>MAIL_TEMPLATE_FIELD_UNEXPECTED</c>, <c>MAIL_TEMPLATE_FIELD_INVALID</c>), so a mistake in a flow is refused
    /// before anything is queued. Values are HTML-encoded in the HTML body and left as they are in the subject and text.
    /// </summary>
    public RenderedEmail Render(string key, string language, IReadOnlyDictionary<string, object?> fields)
    {
        var template = Get(key, language);
        fields ??= new Dictionary<string, object?>();
        var missing = template.Fields.Where(f => !fields.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
            throw new DomainException("MAIL_TEMPLATE_FIELD_MISSING",
                $"Mẫu thư '{key}' thiếu trường: {string.Join(", ", missing)}.");
        var extra = fields.Keys.Where(k => template.Fields.All(f => f.Name != k)).Order(StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
            throw new DomainException("MAIL_TEMPLATE_FIELD_UNEXPECTED",
                $"Mẫu thư '{key}' không có trường: {string.Join(", ", extra)}.");
        var values = template.Fields.ToDictionary(f => f.Name, f => Format(key, f, fields[f.Name]), StringComparer.Ordinal);

        string Fill(string body, Func<string, string> encode) =>
            Placeholder().Replace(body, m => encode(values[m.Groups[1].Value]));
        // Line breaks a person typed (remarks, reasons) survive in the HTML body.
        static string HtmlValue(string value) => HtmlEncode(value).ReplaceLineEndings("<br>\n");

        var subject = Fill(template.Subject, v => v);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{template.Language}">
            <head><meta charset="utf-8"><title>{HtmlEncode(subject)}</title></head>
            <body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a;">
            {Fill(template.Html, HtmlValue)}
            </body>
            </html>
            """.ReplaceLineEndings("\n");
        return new RenderedEmail(template.Key, template.Version, template.Language, subject, html, Fill(template.Text, v => v));
    }

    private static string Format(string key, MailTemplateField field, object? value)
    {
        string? text = (field.Type, value) switch
        {
            (_, null) => null,
            (MailFieldType.Text, string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
            (MailFieldType.Number, int i) => i.ToString(CultureInfo.InvariantCulture),
            (MailFieldType.Number, long l) => l.ToString(CultureInfo.InvariantCulture),
            (MailFieldType.Money, int i) => Vnd.Format(i),
            (MailFieldType.Money, long l) => Vnd.Format(l),
            (MailFieldType.Date, DateOnly d) => FormatDate(d),
            (MailFieldType.Date, DateTime t) when t.Kind == DateTimeKind.Utc => FormatDate(VietnamTime.LocalDate(t)),
            (MailFieldType.Date, DateTimeOffset o) => FormatDate(VietnamTime.LocalDate(o.UtcDateTime)),
            (MailFieldType.Url, Uri u) when u.IsAbsoluteUri && u.Scheme is "https" or "http" => u.AbsoluteUri,
            (MailFieldType.Url, string s) when Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" => u.AbsoluteUri,
            _ => null,
        };
        return text ?? throw new DomainException("MAIL_TEMPLATE_FIELD_INVALID",
            $"Trường '{field.Name}' của mẫu thư '{key}' cần một giá trị kiểu {field.Type}, nhận được '{value}'.");
    }

    private static string FormatDate(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Encodes only what HTML needs, so Vietnamese letters stay readable in the source.</summary>
    public static string HtmlEncode(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return builder.ToString();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{([A-Za-z][A-Za-z0-9]*)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex FieldName();
}

/// <summary>Templates that cannot be used; <see cref="Problems"/> lists each one with its file.</summary>
public sealed class MailTemplateException(IReadOnlyList<string> problems)
    : Exception("Mail templates are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
