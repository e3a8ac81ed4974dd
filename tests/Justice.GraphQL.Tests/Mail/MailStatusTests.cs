using Justice.Domain.Audit;
using Justice.Domain.Identity;
using Justice.Domain.Mail;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.Mail;

/// <summary>Staff see delivery status and send a dead letter again; nobody else sees recipients or bodies.</summary>
public class MailStatusTests(MailStatusTests.Host host) : IClassFixture<MailStatusTests.Host>
{
    public sealed class Host : GraphQLHost;

    private static readonly System.Security.Claims.Claim[] Editor =
        TestCallers.Staff("editor@moj.gov.vn", [StaffRoles.PortalEditor], null, null);

    private async Task<Guid> DeadLetterAsync(string to) => await host.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var email = new OutgoingEmail("legal-question.answered", 1, "no-reply@moj.gov.vn", "Bộ Tư pháp", null, [to],
            "Câu hỏi của bạn đã được trả lời", "<p>Trả lời</p>", "Trả lời", now);
        email.MarkSending(now, now.AddMinutes(5));
        email.MarkPermanentFailure("550 5.1.1 Không có hộp thư này");
        db.Add(email);
        await db.SaveChangesAsync();
        return email.Id;
    });

    [Fact]
    public async Task Staff_with_mail_read_see_the_dead_letter_with_the_server_reply_and_the_read_is_audited()
    {
        var id = await DeadLetterAsync("khong-ton-tai@example.vn");

        var response = await host.PostAsync("""
            { mailMessages(filter: { status: PERMANENT_FAILURE, recipient: "khong-ton-tai" }, purpose: "Kiểm tra thư bị trả lại") {
                totalCount nodes: edges { node { id status attempts lastError to } } } }
            """, null, Editor);

        var page = response.AssertNoErrors().Data.GetProperty("mailMessages");
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        var node = page.GetProperty("nodes")[0].GetProperty("node");
        Assert.Equal(GlobalId.Encode("MailMessage", id), node.GetProperty("id").GetString());
        Assert.Equal("PERMANENT_FAILURE", node.GetProperty("status").GetString());
        Assert.Contains("550 5.1.1", node.GetProperty("lastError").GetString());
        var audit = await host.WithDbAsync(db => db.Set<AuditLogEntry>().SingleAsync(a => a.EntityId == id.ToString()));
        Assert.Equal("Kiểm tra thư bị trả lại", audit.Purpose);
        Assert.Equal("editor@moj.gov.vn", audit.Actor);
    }

    [Fact]
    public async Task Retrying_a_dead_letter_queues_it_again_and_a_second_retry_is_refused_with_a_code()
    {
        var id = GlobalId.Encode("MailMessage", await DeadLetterAsync("tra-lai@example.vn"));
        const string retry = "mutation($id: ID!) { retryMailMessage(id: $id) { mail { message { status } canRetry } errors { code } } }";
        var admin = TestCallers.Administrator();

        var first = (await host.PostAsync(retry, new { id }, admin)).AssertNoErrors().Data.GetProperty("retryMailMessage");
        var second = (await host.PostAsync(retry, new { id }, admin)).AssertNoErrors().Data.GetProperty("retryMailMessage");

        Assert.Equal("QUEUED", first.GetProperty("mail").GetProperty("message").GetProperty("status").GetString());
        Assert.Equal("MAIL_TRANSITION_REFUSED", second.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    [InlineData("citizen", "FORBIDDEN")]
    [InlineData("client-without-scope", "FORBIDDEN")]
    public async Task Callers_without_mail_read_get_no_mail(string caller, string code)
    {
        var claims = caller switch
        {
            "citizen" => TestCallers.Citizen("001203004567"),
            "client-without-scope" => TestCallers.Client("demo-no-scopes", null),
            _ => TestCallers.Anonymous,
        };

        var response = await host.PostAsync("""{ mailMessages(purpose: "Xem thử hộp thư đi") { totalCount } }""", null, claims);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task A_portal_editor_may_read_status_but_not_retry()
    {
        var id = GlobalId.Encode("MailMessage", await DeadLetterAsync("khong-gui-lai@example.vn"));

        var response = await host.PostAsync("mutation($id: ID!) { retryMailMessage(id: $id) { errors { code } } }", new { id }, Editor);

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
