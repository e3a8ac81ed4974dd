using System.Security.Cryptography;
using Justice.Domain.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Justice.Mail.Tests;

public sealed class MailDkimTests
{
    /// <summary>Answers as DNS would for <c>selector._domainkey.domain</c>, with the test's key.</summary>
    private sealed class TestKeyLocator(string domain, string selector, string publicKeyBase64) : DkimPublicKeyLocatorBase
    {
        public int Lookups { get; private set; }

        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain_, string selector_, CancellationToken cancellationToken = default)
        {
            Lookups++;
            if (domain_ != domain || selector_ != selector)
                throw new InvalidOperationException($"No DKIM key published for {selector_}._domainkey.{domain_}.");
            return GetPublicKey($"v=DKIM1; k=rsa; p={publicKeyBase64}");
        }

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain_, string selector_, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain_, selector_, cancellationToken));
    }

    [Fact]
    public async Task Messages_sent_over_SMTP_carry_a_DKIM_signature_that_verifies_with_the_published_key()
    {
        using var rsa = RSA.Create(2048);
        var keyPath = Path.Combine(Path.GetTempPath(), $"justice-dkim-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(keyPath, rsa.ExportRSAPrivateKeyPem());
        try
        {
            await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o => o.Dkim = new DkimOptions
            {
                Domain = "moj.gov.vn", Selector = "mail2026", PrivateKeyPath = keyPath,
            });
            var draft = MailHarness.Draft(5);
            await h.EnqueueAsync(draft);

            Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

            var message = Assert.Single(h.Smtp.Received).Message;
            var signature = Assert.Single(message.Headers, x => x.Id == HeaderId.DkimSignature);
            var tags = signature.Value.Replace(" ", "").Replace("\t", "").Replace("\r", "").Replace("\n", "");
            Assert.Contains("d=moj.gov.vn", tags);
            Assert.Contains("s=mail2026", tags);
            Assert.Contains("c=relaxed/relaxed", tags);
            Assert.Contains("a=rsa-sha256", tags);
            var signed = tags.Split(';').Single(t => t.StartsWith("h=")).Substring(2).ToLowerInvariant().Split(':');
            Assert.Equal(["date", "from", "message-id", "subject", "to"], signed.Order());

            var locator = new TestKeyLocator("moj.gov.vn", "mail2026", Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()));
            var verifier = new DkimVerifier(locator);
            Assert.True(await verifier.VerifyAsync(message, signature));
            Assert.Equal(1, locator.Lookups);
            // The bodies still read as written.
            Assert.Contains("Nguyễn Văn An", message.TextBody);

            // A signature over a changed subject no longer verifies.
            message.Subject = "Câu hỏi pháp luật số 6 đã được trả lời";
            Assert.False(await verifier.VerifyAsync(message, signature));

            // With another key published, the original message does not verify either.
            using var other = RSA.Create(2048);
            var wrongKey = new DkimVerifier(new TestKeyLocator("moj.gov.vn", "mail2026", Convert.ToBase64String(other.ExportSubjectPublicKeyInfo())));
            message.Subject = draft.Subject;
            Assert.True(await verifier.VerifyAsync(message, signature));
            Assert.False(await wrongKey.VerifyAsync(message, signature));
        }
        finally
        {
            File.Delete(keyPath);
        }
    }

    [Fact]
    public async Task A_conference_invitation_with_its_calendar_part_is_signed_and_verifies()
    {
        using var rsa = RSA.Create(2048);
        var keyPath = Path.Combine(Path.GetTempPath(), $"justice-dkim-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(keyPath, rsa.ExportRSAPrivateKeyPem());
        try
        {
            await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o => o.Dkim = new DkimOptions
            {
                Domain = "moj.gov.vn", Selector = "mail2026", PrivateKeyPath = keyPath,
            });
            var start = new DateTime(2026, 3, 9, 2, 0, 0, DateTimeKind.Utc);
            var invitation = Calendar.MeetingInvitation.Request(MeetingInvitationTests.NewMeeting(start,
                "Hội nghị trực tuyến tổng kết công tác tư pháp năm 2025, triển khai nhiệm vụ năm 2026"), "hoinghi@moj.gov.vn",
                [new Calendar.CalendarAttendee("dau.cau.hanoi@example.vn", "Sở Tư pháp Hà Nội")]);
            await using (var db = h.Database.NewContext())
            {
                h.Outbox.Enqueue(db, "conference.invitation", "vi", new Dictionary<string, object?>
                {
                    ["contactName"] = "Ông Bình", ["conferenceTitle"] = "Tổng kết", ["startsOn"] = new DateOnly(2026, 3, 9),
                    ["startTime"] = "09:00", ["endpointName"] = "Sở Tư pháp Hà Nội", ["conferenceUrl"] = "https://hop.moj.gov.vn/1",
                }, ["dau.cau.hanoi@example.vn"], invitation);
                await db.SaveChangesAsync();
            }

            Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

            var message = Assert.Single(h.Smtp.Received).Message;
            Assert.Equal("multipart/mixed", message.Body!.ContentType.MimeType);
            var signature = Assert.Single(message.Headers, x => x.Id == HeaderId.DkimSignature);
            var verifier = new DkimVerifier(new TestKeyLocator("moj.gov.vn", "mail2026", Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())));
            Assert.True(await verifier.VerifyAsync(message, signature));
        }
        finally
        {
            File.Delete(keyPath);
        }
    }

    [Fact]
    public async Task Without_DKIM_configured_messages_are_not_signed()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        await h.EnqueueAsync(MailHarness.Draft());
        await h.Dispatcher().DispatchDueAsync();
        Assert.DoesNotContain(Assert.Single(h.Smtp.Received).Message.Headers, x => x.Id == HeaderId.DkimSignature);
    }

    [Theory]
    [InlineData("moj.gov.vn", null, "/tmp/key.pem")]
    [InlineData("moj.gov.vn", "mail2026", "/nonexistent/dkim.pem")]
    public void Incomplete_DKIM_settings_stop_the_host(string? domain, string? selector, string? path)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:Dkim:Domain"] = domain, ["Mail:Dkim:Selector"] = selector, ["Mail:Dkim:PrivateKeyPath"] = path,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        var error = Assert.Throws<InvalidOperationException>(() => services.AddJusticeMail(configuration, "/tmp/unused"));
        Assert.StartsWith("Mail:Dkim", error.Message);
    }
}
