using Justice.Domain.Common;
using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Justice.Mail.Tests;

public sealed class MailTemplateTests
{
    private static MailTemplateCatalog Catalog => MailHarness.Templates;

    /// <summary>Values that fit any field of the given type.</summary>
    private static object SampleValue(MailTemplateField field) => field.Type switch
    {
        MailFieldType.Date => new DateOnly(2026, 3, 9),
        MailFieldType.Money => 1_250_000L,
        MailFieldType.Url => "https://portal.moj.gov.vn/x/1",
        MailFieldType.Number => 3,
        _ => $"«{field.Name}»",
    };

    private static Dictionary<string, object?> AuctionFields() => new()
    {
        ["subscriberName"] = "Trần Thị Bình",
        ["noticeTitle"] = "Quyền sử dụng đất thửa số 12 & tài sản gắn liền <Lô A>",
        ["province"] = "Đà Nẵng",
        ["assetType"] = "Bất động sản",
        ["startingPrice"] = 1_250_000_000L,
        ["auctionOn"] = new DateOnly(2026, 4, 5),
        ["noticeUrl"] = "https://portal.moj.gov.vn/dau-gia/123",
        ["unsubscribeUrl"] = "https://portal.moj.gov.vn/dau-gia/huy-dang-ky?token=abc&k=1",
    };

    private static readonly string[] Flows =
    [
        "legal-question.answered",
        "judicial-record.received", "judicial-record.ready", "judicial-record.refused",
        "codification.submitted", "codification.returned", "codification.approved",
        "statistics.returned", "statistics.overdue",
        "auction.notice-matched", "auction.subscription-confirm",
        "conference.invitation", "conference.changed", "conference.cancelled",
    ];

    [Fact]
    public void Every_flow_of_the_portal_has_a_template_in_Vietnamese_and_English()
    {
        Assert.Equal(Flows.Order(StringComparer.Ordinal), Catalog.Keys);
        foreach (var key in Flows)
        {
            var vi = Catalog.Get(key, "vi");
            var en = Catalog.Get(key, "en");
            Assert.Equal(vi.Version, en.Version);
            Assert.Equal(vi.Fields.OrderBy(f => f.Name), en.Fields.OrderBy(f => f.Name));
            Assert.StartsWith("Kính gửi", vi.Text);
            Assert.StartsWith("Dear", en.Text);
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_template_renders_with_every_field_filled(string language)
    {
        foreach (var key in Flows)
        {
            var template = Catalog.Get(key, language);
            var rendered = Catalog.Render(key, language, template.Fields.ToDictionary(f => f.Name, f => (object?)SampleValue(f)));
            foreach (var body in new[] { rendered.Subject, rendered.HtmlBody, rendered.TextBody })
                Assert.DoesNotContain("{{", body);
            foreach (var field in template.Fields.Where(f => f.Type == MailFieldType.Text))
                Assert.Contains($"«{field.Name}»", rendered.TextBody + rendered.Subject);
            if (template.Fields.Any(f => f.Type == MailFieldType.Date))
                Assert.Contains("09/03/2026", rendered.TextBody + rendered.Subject);
            Assert.Contains($"<html lang=\"{language}\">", rendered.HtmlBody);
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void The_auction_notice_is_a_stable_contract(string language)
    {
        var rendered = Catalog.Render("auction.notice-matched", language, AuctionFields());

        Snapshot.Match(JToken.FromObject(rendered), SnapshotNameExtension.Create(language));
    }

    [Fact]
    public void Values_are_HTML_encoded_in_the_HTML_body_and_plain_in_the_text_body()
    {
        var rendered = Catalog.Render("auction.notice-matched", "vi", AuctionFields());

        Assert.Equal("auction.notice-matched", rendered.TemplateKey);
        Assert.Equal(1, rendered.TemplateVersion);
        Assert.Equal("Thông báo đấu giá mới tại Đà Nẵng: Quyền sử dụng đất thửa số 12 & tài sản gắn liền <Lô A>", rendered.Subject);
        Assert.Contains("Quyền sử dụng đất thửa số 12 &amp; tài sản gắn liền &lt;Lô A&gt;", rendered.HtmlBody);
        Assert.DoesNotContain("<Lô A>", rendered.HtmlBody);
        Assert.Contains("Quyền sử dụng đất thửa số 12 & tài sản gắn liền <Lô A>", rendered.TextBody);
        Assert.Contains("Giá khởi điểm: 1.250.000.000 ₫", rendered.TextBody);
        Assert.Contains("Ngày đấu giá: 05/04/2026", rendered.TextBody);
        // The unsubscribe link works from both bodies.
        Assert.Contains("Hủy đăng ký: https://portal.moj.gov.vn/dau-gia/huy-dang-ky?token=abc&k=1", rendered.TextBody);
        Assert.Contains("<a href=\"https://portal.moj.gov.vn/dau-gia/huy-dang-ky?token=abc&amp;k=1\">Hủy đăng ký</a>", rendered.HtmlBody);
    }

    [Fact]
    public void Dates_are_the_day_in_Vietnam_and_remarks_keep_their_line_breaks()
    {
        var rendered = Catalog.Render("codification.returned", "en", new Dictionary<string, object?>
        {
            ["topicTitle"] = "Đề mục Đất đai",
            ["ministryName"] = "Bộ Tài nguyên và Môi trường",
            // 20:00 UTC on 31 March is already 1 April in Vietnam.
            ["returnedOn"] = new DateTime(2026, 3, 31, 20, 0, 0, DateTimeKind.Utc),
            ["remarks"] = "Bổ sung điều 5.\nSửa chỉ dẫn <điều 7>.",
            ["topicUrl"] = new Uri("https://portal.moj.gov.vn/phap-dien/7"),
        });
        Assert.Contains("On 01/04/2026 the Ministry", rendered.TextBody);
        Assert.Equal(2, rendered.TemplateVersion);
        Assert.Contains("Bổ sung điều 5.\nSửa chỉ dẫn <điều 7>.", rendered.TextBody);
        Assert.Contains("Bổ sung điều 5.<br>\nSửa chỉ dẫn &lt;điều 7&gt;.", rendered.HtmlBody);
    }

    private static void Refused(string code, Action action) =>
        Assert.Equal(code, Assert.Throws<DomainException>(action).Code);

    [Fact]
    public void A_missing_extra_or_ill_typed_field_is_refused_with_a_stable_code()
    {
        var missing = AuctionFields();
        missing.Remove("unsubscribeUrl");
        Refused("MAIL_TEMPLATE_FIELD_MISSING", () => Catalog.Render("auction.notice-matched", "vi", missing));

        var extra = AuctionFields();
        extra["discount"] = "10%";
        Refused("MAIL_TEMPLATE_FIELD_UNEXPECTED", () => Catalog.Render("auction.notice-matched", "en", extra));

        foreach (var (name, value) in new (string, object?)[]
        {
            ("startingPrice", "1250000"), ("auctionOn", "05/04/2026"), ("auctionOn", new DateTime(2026, 4, 5)),
            ("noticeUrl", "javascript:alert(1)"), ("noticeUrl", "/relative"), ("subscriberName", "  "), ("province", null),
        })
        {
            var wrong = AuctionFields();
            wrong[name] = value;
            Refused("MAIL_TEMPLATE_FIELD_INVALID", () => Catalog.Render("auction.notice-matched", "vi", wrong));
        }
        Refused("MAIL_TEMPLATE_UNKNOWN", () => Catalog.Render("auction.notice-lost", "vi", AuctionFields()));
        Refused("MAIL_TEMPLATE_LANGUAGE_UNKNOWN", () => Catalog.Render("auction.notice-matched", "fr", AuctionFields()));
    }

    [Fact]
    public async Task A_refused_rendering_queues_nothing()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = h.Database.NewContext();
        var fields = AuctionFields();
        fields.Remove("noticeUrl");

        Refused("MAIL_TEMPLATE_FIELD_MISSING", () => h.Outbox.Enqueue(db, "auction.notice-matched", "vi", fields, ["binh@example.vn"]));

        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_templated_message_is_delivered_with_both_bodies_and_records_the_template_version()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        OutgoingEmail email;
        await using (var db = h.Database.NewContext())
        {
            email = h.Outbox.Enqueue(db, "judicial-record.received", "vi", new Dictionary<string, object?>
            {
                ["applicantName"] = "Nguyễn Văn An",
                ["applicationNumber"] = "LLTP-2026-000123",
                ["receivedOn"] = new DateOnly(2026, 3, 2),
                ["fee"] = 200_000,
                ["expectedOn"] = new DateOnly(2026, 3, 12),
                ["trackingUrl"] = "https://portal.moj.gov.vn/lltp/LLTP-2026-000123",
            }, ["nguyen.van.an@example.vn"]);
            await db.SaveChangesAsync();
        }

        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());

        var stored = await h.LoadAsync(email.Id);
        Assert.Equal("judicial-record.received", stored.TemplateKey);
        Assert.Equal(1, stored.TemplateVersion);
        var message = Assert.Single(h.Smtp.Received).Message;
        Assert.Equal("Đã tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp số LLTP-2026-000123", message.Subject);
        Assert.Contains("Lệ phí: 200.000 ₫. Ngày hẹn trả kết quả dự kiến: 12/03/2026.", message.TextBody);
        Assert.Contains("Lệ phí: <strong>200.000 ₫</strong>", message.HtmlBody);
        Assert.Equal("judicial-record.received; version=1", message.Headers[MimeMessageFactory.TemplateHeader]);
    }

    private static string File(string fields, string subject, string html, string text, int version = 1) =>
        $"version: {version}\nfields: {fields}\nsubject: {subject}\n--- html\n{html}\n--- text\n{text}\n";

    private static MailTemplateException LoadFails(params (string, string)[] files) =>
        Assert.Throws<MailTemplateException>(() => MailTemplateCatalog.Load(files));

    [Fact]
    public void A_placeholder_that_is_not_declared_stops_loading()
    {
        var error = LoadFails(
            ("x.vi.txt", File("name", "Chào {{name}}", "<p>{{name}} {{unknown}}</p>", "{{name}}")),
            ("x.en.txt", File("name", "Hello {{name}}", "<p>{{name}}</p>", "{{name}}")));
        Assert.Contains(error.Problems, p => p.Contains("x.vi.txt") && p.Contains("{{unknown}}"));
    }

    [Fact]
    public void A_declared_field_missing_from_one_language_stops_loading()
    {
        var error = LoadFails(
            ("x.vi.txt", File("name, fee:money", "Chào {{name}}", "<p>{{fee}}</p>", "{{fee}}")),
            ("x.en.txt", File("name, fee:money", "Hello {{name}}", "<p>Hello</p>", "Hello")));
        Assert.Contains(error.Problems, p => p.Contains("x.en.txt") && p.Contains("'fee'"));
    }

    [Fact]
    public void Languages_must_agree_on_version_and_fields_and_both_must_exist()
    {
        var error = LoadFails(
            ("x.vi.txt", File("name", "Chào {{name}}", "<p>a</p>", "a", version: 2)),
            ("x.en.txt", File("name:url", "Hello {{name}}", "<p>a</p>", "a", version: 1)),
            ("y.vi.txt", File("", "Chào", "<p>a</p>", "a")),
            ("z.de.txt", File("", "Hallo", "<p>a</p>", "a")),
            ("w.vi.txt", File("n:colour", "{{n}}", "<p>{{n}}</p>", "{{n}}")),
            ("v.vi.txt", File("n", "{{n}}", "<p>{{n}}</p>", "{{n}} {{ broken")));
        Assert.Contains(error.Problems, p => p.Contains("x: version 2"));
        Assert.Contains(error.Problems, p => p.StartsWith("x: fields differ"));
        Assert.Contains(error.Problems, p => p == "y: no 'en' version of the template");
        Assert.Contains(error.Problems, p => p.StartsWith("z.de.txt"));
        Assert.Contains(error.Problems, p => p.Contains("unknown type 'colour'"));
        Assert.Contains(error.Problems, p => p.Contains("v.vi.txt: malformed placeholder in the text"));
    }

    [Fact]
    public void A_valid_pair_loads()
    {
        var catalog = MailTemplateCatalog.Load([
            ("x.vi.txt", File("name", "Chào {{name}}", "<p>{{name}}</p>", "{{name}}")),
            ("x.en.txt", File("name", "Hello {{name}}", "<p>{{name}}</p>", "{{name}}")),
        ]);
        Assert.Equal("Hello An", catalog.Render("x", "en", new Dictionary<string, object?> { ["name"] = "An" }).Subject);
    }
}

public sealed class MailFlowSenderTests
{
    private static Dictionary<string, object?> Refusal() => new()
    {
        ["applicantName"] = "Nguyễn Văn An",
        ["applicationNumber"] = "LLTP-2026-000124",
        ["refusedOn"] = new DateOnly(2026, 3, 3),
        ["reason"] = "Thiếu bản sao giấy tờ tùy thân.",
        ["trackingUrl"] = "https://portal.moj.gov.vn/lltp/LLTP-2026-000124",
    };

    [Fact]
    public async Task Each_flow_can_have_its_own_sender_and_Reply_To()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o =>
        {
            o.ReplyTo = "hoidap@moj.gov.vn";
            o.Flows["judicial-record"] = new MailFlowOptions { From = "Trung tâm Lý lịch tư pháp quốc gia <lltp@moj.gov.vn>", ReplyTo = "lltp-hotro@moj.gov.vn" };
            o.Flows["judicial-record.refused"] = new MailFlowOptions { ReplyTo = "lltp-khieunai@moj.gov.vn" };
        });
        await using var db = h.Database.NewContext();

        var refused = h.Outbox.Enqueue(db, "judicial-record.refused", "vi", Refusal(), ["an@example.vn"]);
        var answered = h.Outbox.Enqueue(db, "legal-question.answered", "en", new Dictionary<string, object?>
        {
            ["askerName"] = "An", ["questionTitle"] = "Q", ["answeredOn"] = new DateOnly(2026, 3, 3), ["answerUrl"] = "https://portal.moj.gov.vn/hoi-dap/1",
        }, ["an@example.vn"]);
        var explicitSender = h.Outbox.Enqueue(db, "judicial-record.refused", "en", Refusal(), ["an@example.vn"],
            replyTo: "giamdoc@moj.gov.vn", from: "Giám đốc <giamdoc@moj.gov.vn>");

        // The exact key's Reply-To wins; the sender comes from the family.
        Assert.Equal("lltp@moj.gov.vn", refused.FromAddress);
        Assert.Equal("Trung tâm Lý lịch tư pháp quốc gia", refused.FromName);
        Assert.Equal("lltp-khieunai@moj.gov.vn", refused.ReplyTo);
        // A flow without settings keeps the defaults.
        Assert.Equal("thongbao@moj.gov.vn", answered.FromAddress);
        Assert.Equal("hoidap@moj.gov.vn", answered.ReplyTo);
        // What the caller gives wins over both.
        Assert.Equal("giamdoc@moj.gov.vn", explicitSender.FromAddress);
        Assert.Equal("giamdoc@moj.gov.vn", explicitSender.ReplyTo);
    }

    [Fact]
    public void Flow_senders_are_read_from_configuration_and_checked_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Flows:auction:From"] = "Cục Bổ trợ tư pháp <daugia@moj.gov.vn>",
            ["Mail:Flows:auction:ReplyTo"] = "daugia-hotro@moj.gov.vn",
        }).Build();
        var options = configuration.GetSection("Mail").Get<MailOptions>()!;
        options.Validate();
        Assert.Equal("daugia-hotro@moj.gov.vn", options.FlowFor("auction.notice-matched")!.ReplyTo);
        Assert.Null(options.FlowFor("conference.invitation"));

        options.Flows["conference"] = new MailFlowOptions { From = "không phải địa chỉ" };
        Assert.Throws<InvalidOperationException>(options.Validate);
    }
}
