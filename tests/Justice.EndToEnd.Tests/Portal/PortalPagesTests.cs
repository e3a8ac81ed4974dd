using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using GraphQL;
using Justice.Domain.LegalDocuments;
using Justice.Domain.Persistence;
using GraphQL.Validation;
using Justice.GraphQL.Schema;
using Justice.Portal.Portal;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Portal;

public sealed class PortalHostFixture : IAsyncLifetime
{
    public PortalHost Host { get; } = new();
    public Task InitializeAsync() { _ = Host.Server; return Task.CompletedTask; }
    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The operation-per-page base and the portal's HTTP behaviour (headers, caching, antiforgery), over the demo data.</summary>
public sealed partial class PortalPagesTests(PortalHostFixture fixture) : IClassFixture<PortalHostFixture>
{
    private HttpContext NewContext(IServiceScope scope, ClaimsPrincipal? user = null) =>
        new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user ?? new ClaimsPrincipal(new ClaimsIdentity()) };

    [Fact]
    public async Task Every_operation_file_beside_the_pages_is_valid_against_the_schema()
    {
        var operations = PortalOperations.All();
        Assert.Contains("LegalDocuments/Document", operations);
        Assert.Contains("JudicialRecords/Apply", operations);
        var schema = fixture.Host.Services.GetRequiredService<JusticeSchema>();
        schema.Initialize();
        foreach (var name in operations.Where(o => !o.EndsWith(".pending", StringComparison.Ordinal)))
        {
            var document = GraphQLParser.Parser.Parse(PortalOperations.Load(name));
            foreach (var operation in document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>())
            {
                var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
                {
                    Schema = schema, Document = document, Operation = operation,
                    Variables = Inputs.Empty, Extensions = Inputs.Empty, RequestServices = fixture.Host.Services, User = new ClaimsPrincipal(),
                });
                // Without values for the variables, only the document itself is judged: fields, arguments, types, fragments.
                var errors = result.Errors.Where(e => !e.Message.StartsWith("Variable '", StringComparison.Ordinal)).ToList();
                Assert.True(errors.Count == 0, $"{name} {operation.Name}: " + string.Join("; ", errors.Select(e => e.Message)));
            }
        }
    }

    [Fact]
    public async Task An_operation_runs_in_process_as_the_page_user_and_fills_a_typed_record()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var operations = scope.ServiceProvider.GetRequiredService<PortalOperations>();
        var http = NewContext(scope);

        var list = await operations.QueryAsync<Justice.Portal.Pages.LegalDocuments.IndexModel.Data>(http, "LegalDocuments/Index",
            new { first = 3, filter = new { types = new[] { "LAW" } } });
        Assert.True(list.Succeeded, string.Join(",", list.Errors));
        Assert.Equal(3, list.Data!.LegalDocuments.Items.Count);
        Assert.All(list.Data.LegalDocuments.Items, d => Assert.Equal("Luật", d.TypeName));
        Assert.Equal(list.Data.LegalDocuments.TotalCount > 3, list.Data.LegalDocuments.PageInfo.HasNextPage);

        var id = list.Data.LegalDocuments.Items[0].Id;
        var document = await operations.QueryAsync<Justice.Portal.Pages.LegalDocuments.DocumentModel.Data>(http, "LegalDocuments/Document",
            new { id }, "Document");
        Assert.True(document.Succeeded, string.Join(",", document.Errors));
        Assert.Equal(id, document.Data!.LegalDocument!.Id);
        Assert.NotEmpty(document.Data.LegalDocument.Structure);
    }

    [Fact]
    public async Task Errors_come_back_as_codes_with_a_vietnamese_message()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var operations = scope.ServiceProvider.GetRequiredService<PortalOperations>();

        var result = await operations.QueryAsync<Justice.Portal.Pages.LegalDocuments.DocumentModel.Data>(NewContext(scope),
            "LegalDocuments/Document", new { id = "not-an-id" }, "Document");

        Assert.False(result.Succeeded);
        Assert.True(result.HasError("INVALID_ID"));
        Assert.Equal("Đường dẫn không hợp lệ.", result.Message());
        Assert.Throws<InvalidOperationException>(() => PortalOperations.Load("No/Such"));
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_anonymous_pages_are_served_from_the_output_cache()
    {
        using var client = fixture.Host.CreateClient();
        using var first = await client.GetAsync("/van-ban?nam=2015");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(first.Headers.Contains("Referrer-Policy"));

        using var second = await client.GetAsync("/van-ban?nam=2015");
        Assert.True(second.Headers.Age is not null, "the second anonymous request is answered from the output cache");
        using var english = await client.GetAsync("/van-ban?nam=2015&lang=en");
        Assert.Contains("<html lang=\"en\">", await english.Content.ReadAsStringAsync());

        // Any saved change to public content evicts the cached pages: here a document edited straight in the database.
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            var document = await db.Set<LegalDocument>().OrderBy(d => d.Id).FirstAsync();
            db.Entry(document).State = EntityState.Modified;
            await db.SaveChangesAsync();
        }
        using var third = await client.GetAsync("/van-ban?nam=2015");
        Assert.Null(third.Headers.Age);
    }

    [Fact]
    public async Task The_application_form_is_not_stored_and_refuses_a_post_without_its_antiforgery_token()
    {
        using var client = fixture.Host.CreateClient();
        using var form = await client.GetAsync("/ly-lich-tu-phap");
        Assert.Contains("no-store", form.Headers.CacheControl!.ToString());
        Assert.Contains("__RequestVerificationToken", await form.Content.ReadAsStringAsync());

        using var forged = await client.PostAsync("/ly-lich-tu-phap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.FullName"] = "Nguyễn Văn A",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task An_application_sent_through_the_form_shows_its_tracking_code_and_the_status_page_finds_it()
    {
        using var client = fixture.Host.CreateClient();
        var html = await client.GetStringAsync("/ly-lich-tu-phap");
        var token = Antiforgery().Match(html).Groups[1].Value;

        using var invalid = await client.PostAsync("/ly-lich-tu-phap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.FullName"] = "", ["Form.PersonalIdNumber"] = "12ab",
        }));
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Nhập họ và tên", invalidHtml);
        Assert.Contains("Số định danh cá nhân gồm đúng 12 chữ số.", invalidHtml);

        using var sent = await client.PostAsync("/ly-lich-tu-phap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.FullName"] = "Trần Thị Cúc", ["Form.Sex"] = "FEMALE",
            ["Form.DateOfBirth"] = "1992-03-04", ["Form.PersonalIdNumber"] = "001192654321", ["Form.CertificateType"] = "NO_1",
            ["Form.Purpose"] = "Xin việc", ["Form.Copies"] = "1", ["Form.Delivery"] = "AT_OFFICE",
            // Served a minute ago, as for a person filling it in; a form sent back at once is refused (FormGuard).
            [FormGuard.StartedField] = FormGuard.Stamp(fixture.Host.Services, DateTimeOffset.UtcNow.AddMinutes(-1)),
        }));
        var sentHtml = await sent.Content.ReadAsStringAsync();
        var code = TrackingCode().Match(sentHtml).Groups[1].Value;
        Assert.Matches("^LLTP-", code);

        var statusHtml = await client.GetStringAsync("/ly-lich-tu-phap/tra-cuu");
        using var status = await client.PostAsync("/ly-lich-tu-phap/tra-cuu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery().Match(statusHtml).Groups[1].Value, ["TrackingCode"] = code,
        }));
        Assert.Contains($"Hồ sơ {code}", await status.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("id=\"ma-ho-so\">([^<]+)<")]
    private static partial Regex TrackingCode();
}
