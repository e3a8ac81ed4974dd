using Justice.Domain.AdministrativeUnits;
using Justice.Domain.Auctions;
using Justice.Domain.CivilRegistry;
using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Statistics;
using Justice.Mail.Flows;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Justice.Mail.Tests;

/// <summary>
/// Each workflow mail, queued by its flow class as the mutations do, goes through the SMTP server: the recipients
/// the flow chose, the subject and both bodies as the recipient reads them.
/// </summary>
public sealed class WorkflowMailDeliveryTests
{
    private static readonly DateOnly Born = new(1988, 6, 20);

    private static async Task<List<MimeMessage>> DeliverAsync(MailHarness h, Func<JusticeDbContext, MailLinks, Task> queue)
    {
        await using (var db = h.Database.NewContext())
        {
            await queue(db, new MailLinks(h.Options));
            await db.SaveChangesAsync();
        }
        await h.Dispatcher().DispatchDueAsync();
        return [.. h.Smtp.Received.Select(r => r.Message)];
    }

    private static void AssertBodies(MimeMessage message, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.Contains(text, message.TextBody);
            // The HTML body escapes markup characters only (Vietnamese letters stay as they are).
            Assert.Contains(text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"), message.HtmlBody);
        }
    }

    private static async Task AddStaffAsync(JusticeDbContext db, string email, string role, Guid? organisationId)
    {
        var granted = db.Roles.Local.FirstOrDefault(r => r.Name == role) ?? db.Roles.Add(new StaffRole(role)).Entity;
        var account = new StaffAccount(email, "Cán bộ thử nghiệm", organisationId);
        db.Users.Add(account);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = account.Id, RoleId = granted.Id });
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Judicial_record_steps_reach_the_applicants_address()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var messages = await DeliverAsync(h, async (db, links) =>
        {
            var mails = new JudicialRecordMails(h.Outbox, links);
            var office = new Organisation("Sở Tư pháp tỉnh Bắc Ninh", OrganisationKind.ProvincialJusticeDepartment);
            db.Add(office);
            var id = PersonalIdNumber.Create("31", Born, Sex.Male, 4321).Value;
            var applicant = new CertificateApplicant("Phạm Văn Long", Sex.Male, Born, id, Email: "pham.long@example.vn");
            var issued = new JudicialRecordCertificateApplication("LLTP-260302-000001", applicant, CertificateType.No1, "Bổ sung hồ sơ xin việc",
                1, CertificateDelivery.AtOffice, ApplicationChannel.Online, new DateOnly(2026, 3, 2), office.Id);
            mails.EnqueueReceived(db, issued);
            issued.StartProcessing();
            issued.Issue(null, "00001/2026/LLTP", new DateOnly(2026, 3, 9), "Nguyễn Văn Hùng", "Phó Giám đốc");
            await db.SaveChangesAsync();
            await mails.EnqueueReadyAsync(db, issued, default);
            var refused = new JudicialRecordCertificateApplication("LLTP-260302-000002", applicant, CertificateType.No1, "Bổ sung hồ sơ",
                1, CertificateDelivery.AtOffice, ApplicationChannel.Online, new DateOnly(2026, 3, 2), office.Id);
            refused.Refuse("Thiếu bản sao giấy khai sinh & giấy tờ <tùy thân>.", new DateOnly(2026, 3, 4));
            mails.EnqueueRefused(db, refused);
        });

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal("pham.long@example.vn", Assert.Single(m.To.Mailboxes).Address));
        var received = messages.Single(m => m.Subject == "Đã tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp số LLTP-260302-000001");
        AssertBodies(received, "Kính gửi Phạm Văn Long,", "Ngày hẹn trả kết quả dự kiến: ", "12/03/2026", "200.000 ₫");
        var ready = messages.Single(m => m.Subject == "Phiếu lý lịch tư pháp của hồ sơ LLTP-260302-000001 đã sẵn sàng");
        AssertBodies(ready, "đã có kết quả từ ngày 09/03/2026", "Nơi nhận kết quả: Sở Tư pháp tỉnh Bắc Ninh.");
        var refusedMail = messages.Single(m => m.Subject == "Hồ sơ cấp Phiếu lý lịch tư pháp số LLTP-260302-000002 bị từ chối");
        AssertBodies(refusedMail, "Lý do: Thiếu bản sao giấy khai sinh & giấy tờ <tùy thân>.", "Ngày 04/03/2026");
        Assert.Contains("http://localhost:5000/ly-lich-tu-phap/tra-cuu", refusedMail.TextBody);
    }

    [Fact]
    public async Task A_returned_code_topic_reaches_each_editor_of_the_ministry_and_each_appraiser_in_a_message_of_their_own()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var messages = await DeliverAsync(h, async (db, links) =>
        {
            var ministry = new Organisation("Bộ Tài chính", OrganisationKind.Ministry, code: "BTC");
            var other = new Organisation("Bộ Công an", OrganisationKind.Ministry, code: "BCA");
            var justice = new Organisation("Bộ Tư pháp", OrganisationKind.Ministry, code: "BTP");
            db.AddRange(ministry, other, justice);
            await AddStaffAsync(db, "bientap1@mof.gov.vn", StaffRoles.CodificationEditor, ministry.Id);
            await AddStaffAsync(db, "bientap2@mof.gov.vn", StaffRoles.CodificationEditor, ministry.Id);
            await AddStaffAsync(db, "bientap@bca.gov.vn", StaffRoles.CodificationEditor, other.Id);
            await AddStaffAsync(db, "thamdinh@moj.gov.vn", StaffRoles.CodificationAppraiser, justice.Id);
            await AddStaffAsync(db, "thongke@mof.gov.vn", StaffRoles.StatisticsReporter, ministry.Id);
            await db.SaveChangesAsync();
            // A topic under appraisal (its articles do not matter to the mail).
            var topic = CodificationTopic.Import(new CodificationSubject(9, "Dân sự"), 2, "Ngân sách nhà nước", ministry.Id,
                CodificationTopicStatus.Appraisal, [("I", "QUY ĐỊNH CHUNG", null)]);
            topic.ReturnFromAppraisal(justice, "Bổ sung ghi chú nguồn của Chương I.");
            await new CodificationMails(h.Outbox, links).EnqueueReturnedAsync(db, topic, new DateTime(2026, 3, 31, 20, 0, 0, DateTimeKind.Utc), default);
        });

        Assert.Equal(["bientap1@mof.gov.vn", "bientap2@mof.gov.vn", "thamdinh@moj.gov.vn"],
            messages.Select(m => Assert.Single(m.To.Mailboxes).Address).Order(StringComparer.Ordinal));
        Assert.All(messages, m =>
        {
            Assert.Equal("Đề mục pháp điển “9.2. Ngân sách nhà nước” được trả lại kèm ý kiến", m.Subject);
            AssertBodies(m, "Kính gửi Quý cán bộ Bộ Tài chính,", "Ngày 01/04/2026", "Bổ sung ghi chú nguồn của Chương I.");
            Assert.Contains("http://localhost:5000/phap-dien/", m.TextBody);
        });
    }

    [Fact]
    public async Task A_returned_statistics_report_reaches_the_reporters_of_the_reporting_unit()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        var messages = await DeliverAsync(h, async (db, links) =>
        {
            var department = new Organisation("Sở Tư pháp tỉnh Bắc Ninh", OrganisationKind.ProvincialJusticeDepartment);
            var planning = new Organisation("Vụ Kế hoạch – Tài chính", OrganisationKind.MinistryOfJusticeUnit);
            db.AddRange(department, planning);
            var top = new ReportingUnit(planning.Id, ReportingLevel.MinistryOfJustice, null);
            var unit = new ReportingUnit(department.Id, ReportingLevel.Province, top);
            var form = new StatisticalForm("01/BTP/HT", "Số việc đăng ký khai sinh", [("1", "Tổng số")], [("1", "Số việc")]);
            var period = ReportingPeriod.For(ReportingPeriodKind.SixMonth, 2026, ReportingCalendar.Default);
            db.AddRange(top, unit, form, period);
            await AddStaffAsync(db, "thongke1@stp.bacninh.gov.vn", StaffRoles.StatisticsReporter, department.Id);
            await AddStaffAsync(db, "duyet@moj.gov.vn", StaffRoles.StatisticsReporter, planning.Id);
            var report = new StatisticalReport(unit, form, period, new DateTime(2026, 6, 5, 1, 0, 0, DateTimeKind.Utc));
            db.Add(report);
            await db.SaveChangesAsync();
            var at = new DateTime(2026, 6, 10, 3, 0, 0, DateTimeKind.Utc);
            report.Submit(unit.Id, at);
            report.Return(top.Id, "Tổng số chưa khớp với số liệu chi tiết.", at);
            await new StatisticsMails(h.Outbox, links).EnqueueReturnedAsync(db, report, at, default);
        });

        var message = Assert.Single(messages);
        Assert.Equal("thongke1@stp.bacninh.gov.vn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Báo cáo thống kê “Số việc đăng ký khai sinh” kỳ 6 tháng năm 2026 được trả lại", message.Subject);
        AssertBodies(message, "Kính gửi Sở Tư pháp tỉnh Bắc Ninh,", "Ngày 10/06/2026", "Tổng số chưa khớp với số liệu chi tiết.");
    }

    [Fact]
    public async Task A_published_auction_notice_reaches_matching_subscribers_with_a_working_unsubscribe_header()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite);
        AuctionNoticeSubscription match = null!;
        var messages = await DeliverAsync(h, async (db, links) =>
        {
            var province = new AdministrativeUnit("27", "Tỉnh Bắc Ninh", AdministrativeLevel.Province, null, new DateOnly(2025, 7, 1));
            var other = new AdministrativeUnit("01", "Thành phố Hà Nội", AdministrativeLevel.Province, null, new DateOnly(2025, 7, 1));
            db.AddRange(province, other);
            var now = h.Clock.UtcNow;
            match = new AuctionNoticeSubscription("nguoi.mua@example.vn", "Nguyễn Người Mua", province.Id, AuctionAssetType.Vehicles, "vi", now);
            db.AddRange(match, new AuctionNoticeSubscription("ha.noi@example.vn", "Trần Hà Nội", other.Id, null, "vi", now));
            await db.SaveChangesAsync();
            var auctionAt = now.AddDays(40);
            var notice = new PublicAuctionNotice(Guid.NewGuid(), Guid.NewGuid(), province.Id, new AuctionNoticeTerms(
                "Xe ô tô con Toyota Vios 2019", AuctionAssetType.Vehicles, 300_000_000, 30_000_000, now.AddHours(1), auctionAt.AddDays(-3),
                "Tại kho", auctionAt.AddDays(-2), auctionAt, "Hội trường", AuctionForm.Oral, AuctionMethod.Ascending), AuctionRulesOptions.Default);
            notice.Publish(now, AuctionRulesOptions.Default);
            await new AuctionNoticeMails(h.Outbox, links).EnqueuePublishedAsync(db, notice, default);
        });

        var message = Assert.Single(messages);
        Assert.Equal("nguoi.mua@example.vn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Thông báo đấu giá mới tại Tỉnh Bắc Ninh: Xe ô tô con Toyota Vios 2019", message.Subject);
        AssertBodies(message, "Kính gửi Nguyễn Người Mua,", "Giá khởi điểm: ", "300.000.000 ₫", "Phương tiện giao thông");
        var unsubscribe = $"http://localhost:5000/dau-gia/huy-dang-ky?token={match.UnsubscribeToken}";
        Assert.Equal($"<{unsubscribe}>", message.Headers["List-Unsubscribe"]);
        Assert.Contains(unsubscribe, message.TextBody);
    }
}
