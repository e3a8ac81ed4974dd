using System.Net;
using System.Text.RegularExpressions;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Justice.EndToEnd.Tests.Identity;
using Justice.GraphQL.Common;
using Justice.Portal.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.EndToEnd.Tests.Mail;

/// <summary>
/// /admin/thu-dien-tu over real HTTP: strangers are sent to sign in; staff with mail.read see the delivery status,
/// the last error and the template of each message; only staff with mail.write get "Gửi lại", which is a POST with
/// the antiforgery token and queues the dead letter again.
/// </summary>
[Collection(IdentityHostCollection.Name)]
public sealed partial class MailAdminPageTests(IdentityHostFixture fixture)
{
    private const string Scope = "openid";

    private async Task<(Guid Id, string Recipient)> DeadLetterAsync()
    {
        var recipient = $"khong-ton-tai-{Guid.NewGuid():N}@example.vn";
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        var now = DateTime.UtcNow;
        var email = new OutgoingEmail("legal-question.answered", 1, "no-reply@moj.gov.vn", "Bộ Tư pháp", null, [recipient],
            "Câu hỏi pháp luật của bạn đã được trả lời", "<p>Đã trả lời</p>", "Đã trả lời", now);
        email.MarkSending(now, now.AddMinutes(5));
        email.MarkPermanentFailure("550 5.1.1 Mailbox unavailable: no such user here");
        db.Add(email);
        await db.SaveChangesAsync();
        return (email.Id, recipient);
    }

    [Fact]
    public async Task Staff_with_mail_read_see_a_dead_letter_with_its_attempts_error_and_template_and_strangers_are_sent_to_sign_in()
    {
        var (id, recipient) = await DeadLetterAsync();
        using var anonymous = fixture.NewClient();
        using var refused = await anonymous.GetAsync("admin/thu-dien-tu");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/dang-nhap", refused.Headers.Location!.AbsolutePath);

        using var citizen = fixture.NewClient();
        await fixture.SignInWithCodeFlowAsync(citizen, DemoIdentities.CitizenEmail, Scope);
        using var forbidden = await citizen.GetAsync("admin/thu-dien-tu");
        Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);

        using var editor = fixture.NewClient();
        await fixture.SignInWithCodeFlowAsync(editor, DemoIdentities.PortalEditorEmail, Scope);
        using var list = await editor.GetAsync($"admin/thu-dien-tu?trang-thai=PERMANENT_FAILURE&nguoi-nhan={Uri.EscapeDataString(recipient)}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("no-store", list.Headers.CacheControl?.ToString());
        var html = WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync());
        Assert.Contains("1 thư", html);
        Assert.Contains(recipient, html);
        Assert.Contains("Bị từ chối hẳn (thư chết)", html);
        Assert.Contains("550 5.1.1 Mailbox unavailable: no such user here", html);
        Assert.Contains("legal-question.answered</code> (v1)", html);
        var globalId = GlobalId.Encode("MailMessage", id);
        Assert.Contains($"/admin/thu-dien-tu/{globalId}", html);

        var detail = WebUtility.HtmlDecode(await editor.GetStringAsync($"admin/thu-dien-tu/{globalId}"));
        Assert.Contains("<dd id=\"so-lan-thu\">1</dd>", detail);
        Assert.Contains("phiên bản 1", detail);
        // mail.read without mail.write: no retry button, and a POST is refused.
        Assert.DoesNotContain("id=\"gui-lai\"", detail);
    }

    [Fact]
    public async Task Gui_lai_queues_a_dead_letter_again_for_staff_with_mail_write_and_needs_the_antiforgery_token()
    {
        var (id, _) = await DeadLetterAsync();
        var path = $"admin/thu-dien-tu/{GlobalId.Encode("MailMessage", id)}";
        using var admin = fixture.NewClient();
        await fixture.SignInWithCodeFlowAsync(admin, DemoIdentities.AdministratorEmail, Scope);
        var page = await admin.GetStringAsync(path);
        Assert.Contains("id=\"gui-lai\"", page);

        using var forged = await admin.PostAsync($"{path}?handler=Retry", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(OutgoingEmailStatus.PermanentFailure, await StatusAsync(id));

        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var retried = await admin.PostAsync($"{path}?handler=Retry", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal("/" + path, retried.Headers.Location!.OriginalString);
        // Queued again (the host's dispatcher may already have written it to the pickup folder).
        Assert.NotEqual(OutgoingEmailStatus.PermanentFailure, await StatusAsync(id));
        var after = WebUtility.HtmlDecode(await admin.GetStringAsync(path));
        Assert.Contains("Đã xếp thư vào hàng đợi để gửi lại.", after);
    }

    private async Task<OutgoingEmailStatus> StatusAsync(Guid id)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        return await db.Set<OutgoingEmail>().AsNoTracking().Where(e => e.Id == id).Select(e => e.Status).SingleAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
