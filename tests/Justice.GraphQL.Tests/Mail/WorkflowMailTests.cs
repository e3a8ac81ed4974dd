using System.Security.Claims;
using Justice.Domain.Auctions;
using Justice.Domain.Codification;
using Justice.Domain.Identity;
using Justice.Domain.JudicialRecords;
using Justice.Domain.Mail;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Justice.Domain.Statistics;
using Justice.GraphQL.Common;
using Justice.Mail.Flows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.GraphQL.Tests.Mail;

/// <summary>
/// Each workflow step that informs someone queues its mail in the outbox with the step (same SaveChanges), to the
/// people the step concerns: the applicant's own address, the staff of the right organisation holding the right role.
/// </summary>
public class WorkflowMailTests(WorkflowMailTests.Host host) : IClassFixture<WorkflowMailTests.Host>
{
    public sealed class Host : GraphQLHost;

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    private Task<List<OutgoingEmail>> MailsAsync(string template, string? to = null) => host.WithDbAsync(db =>
        db.Set<OutgoingEmail>().AsNoTracking().Where(m => m.TemplateKey == template && (to == null || m.ToAddresses == to))
            .OrderBy(m => m.ToAddresses).ToListAsync());

    /// <summary>A staff account holding <paramref name="role"/> in <paramref name="organisationId"/>, as an administrator would create it.</summary>
    private Task AddStaffAsync(string email, string role, Guid? organisationId, bool lockedOut = false) => host.WithDbAsync(async db =>
    {
        var account = new StaffAccount(email, "Cán bộ thử nghiệm", organisationId);
        if (lockedOut)
        {
            account.LockoutEnabled = true;
            account.LockoutEnd = DateTimeOffset.UtcNow.AddYears(1);
        }
        db.Users.Add(account);
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = account.Id, RoleId = roleId });
        return await db.SaveChangesAsync();
    });

    private static string? PayloadError(GraphQLResponse response, string field)
    {
        var errors = response.AssertNoErrors().Data.GetProperty(field).GetProperty("errors");
        return errors.GetArrayLength() == 0 ? null : errors[0].GetProperty("code").GetString();
    }

    // ---------------------------------------------------------------- judicial records

    private const string Apply = """
        mutation($input: ApplyForJudicialRecordCertificateInput!) { applyForJudicialRecordCertificate(input: $input) {
          application { trackingCode } errors { code } } }
        """;

    private const string Process = """
        mutation($input: ProcessJudicialRecordApplicationInput!) { processJudicialRecordApplication(input: $input) {
          application { status } errors { code } } }
        """;

    private async Task<(JudicialRecord Record, Organisation Department)> ApplicantAsync() => await host.WithDbAsync(async db =>
    {
        var record = await db.Set<JudicialRecord>().AsNoTracking().Where(r => r.KeeperOrganisationId != null).OrderBy(r => r.Id).FirstAsync();
        var department = await db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == record.KeeperOrganisationId);
        return (record, department);
    });

    private async Task<(string TrackingCode, Guid Id)> ApplyAsync(string? email, int copies = 1)
    {
        var (record, department) = await ApplicantAsync();
        var response = await host.PostAsync(Apply, new
        {
            input = new
            {
                fullName = record.FullName, sex = record.Sex == Justice.Domain.CivilRegistry.Sex.Male ? "MALE" : "FEMALE",
                dateOfBirth = record.DateOfBirth.ToString("yyyy-MM-dd"), personalIdNumber = record.PersonalIdNumber!.Value,
                certificateType = "NO_1", purpose = "Bổ sung hồ sơ xin việc", copies, applicantEmail = email,
                processingOrganisationId = Id("Organisation", department.Id),
            },
        });
        Assert.Null(PayloadError(response, "applyForJudicialRecordCertificate"));
        var code = response.Data.GetProperty("applyForJudicialRecordCertificate").GetProperty("application").GetProperty("trackingCode").GetString()!;
        var id = await host.WithDbAsync(db => db.Set<JudicialRecordCertificateApplication>().Where(a => a.TrackingCode == code).Select(a => a.Id).SingleAsync());
        return (code, id);
    }

    private async Task<Claim[]> JudicialOfficerAsync()
    {
        var (_, department) = await ApplicantAsync();
        return TestCallers.Staff("lltp@stp.gov.vn", [StaffRoles.JudicialRecordsOfficer], department.Id, department.AdministrativeUnitId);
    }

    [Fact]
    public async Task An_applicant_who_left_an_address_is_told_of_receipt_then_of_the_ready_certificate()
    {
        var (code, id) = await ApplyAsync("Nguyen.An@Example.VN", copies: 3);

        var received = Assert.Single(await MailsAsync(JudicialRecordMails.Received, "Nguyen.An@example.vn"));
        Assert.Equal(OutgoingEmailStatus.Queued, received.Status);
        Assert.Equal($"Đã tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp số {code}", received.Subject);
        // Three copies: the standard fee and one copy beyond the two it includes.
        Assert.Contains("Lệ phí: 205.000 ₫.", received.TextBody);
        Assert.Contains("/ly-lich-tu-phap/tra-cuu", received.TextBody);
        Assert.DoesNotContain(code, received.HtmlBody.Split("href=")[1].Split('>')[0]);

        var officer = await JudicialOfficerAsync();
        var applicationId = Id("JudicialRecordCertificateApplication", id);
        Assert.Null(PayloadError(await host.PostAsync(Process, new { input = new { applicationId, action = "ACCEPT" } }, officer), "processJudicialRecordApplication"));
        Assert.Empty(await MailsAsync(JudicialRecordMails.Ready, "Nguyen.An@example.vn"));
        Assert.Null(PayloadError(await host.PostAsync(Process, new { input = new { applicationId, action = "ISSUE", signerName = "Nguyễn Văn Hùng",
            signerTitle = "Phó Giám đốc Sở Tư pháp" } }, officer), "processJudicialRecordApplication"));

        var ready = Assert.Single(await MailsAsync(JudicialRecordMails.Ready, "Nguyen.An@example.vn"));
        var (_, department) = await ApplicantAsync();
        Assert.Contains($"Nơi nhận kết quả: {department.Name}.", ready.TextBody);
        Assert.Contains(code, ready.Subject);
    }

    [Fact]
    public async Task A_refusal_tells_the_applicant_why_and_an_application_without_an_address_sends_nothing()
    {
        var (code, id) = await ApplyAsync("tran.binh@example.vn");
        var (silentCode, silentId) = await ApplyAsync(null);
        var officer = await JudicialOfficerAsync();

        foreach (var application in new[] { id, silentId })
            Assert.Null(PayloadError(await host.PostAsync(Process, new { input = new { applicationId = Id("JudicialRecordCertificateApplication", application),
                action = "REFUSE", reason = "Người yêu cầu không bổ sung giấy tờ chứng minh nhân thân." } }, officer), "processJudicialRecordApplication"));

        var refused = Assert.Single(await MailsAsync(JudicialRecordMails.Refused, "tran.binh@example.vn"));
        Assert.Contains(code, refused.Subject);
        Assert.Contains("Lý do: Người yêu cầu không bổ sung giấy tờ chứng minh nhân thân.", refused.TextBody);
        var all = await host.WithDbAsync(db => db.Set<OutgoingEmail>().AsNoTracking().Where(m => m.Subject.Contains(silentCode)).CountAsync());
        Assert.Equal(0, all);
    }

    [Fact]
    public async Task A_malformed_address_is_refused_with_a_code_and_nothing_is_stored_or_queued()
    {
        var before = await host.WithDbAsync(db => db.Set<JudicialRecordCertificateApplication>().CountAsync());
        var (record, _) = await ApplicantAsync();
        var response = await host.PostAsync(Apply, new
        {
            input = new
            {
                fullName = record.FullName, sex = record.Sex == Justice.Domain.CivilRegistry.Sex.Male ? "MALE" : "FEMALE",
                dateOfBirth = record.DateOfBirth.ToString("yyyy-MM-dd"), personalIdNumber = record.PersonalIdNumber!.Value,
                certificateType = "NO_1", purpose = "Bổ sung hồ sơ xin việc", applicantEmail = "an@@example",
            },
        });

        Assert.Equal("EMAIL_INVALID", PayloadError(response, "applyForJudicialRecordCertificate"));
        Assert.Equal(before, await host.WithDbAsync(db => db.Set<JudicialRecordCertificateApplication>().CountAsync()));
        Assert.Empty(await MailsAsync(JudicialRecordMails.Received, "an@@example"));
    }

    // ---------------------------------------------------------------- codification

    [Fact]
    public async Task Code_topic_steps_reach_the_assigned_ministrys_editors_and_the_appraisers_only()
    {
        var (topicId, ministry, moj, otherMinistry) = await host.WithDbAsync(async db =>
        {
            var topic = await db.Set<CodificationTopic>().AsNoTracking().SingleAsync(t => t.SubjectNumber == 20 && t.Number == 2);
            var ministries = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.Ministry).ToListAsync();
            return (topic.Id, topic.AssignedMinistryId, ministries.Single(m => m.Code == CodificationTopic.AppraisingMinistryCode).Id,
                ministries.First(m => m.Id != topic.AssignedMinistryId && m.Code != CodificationTopic.AppraisingMinistryCode).Id);
        });
        await AddStaffAsync("bientap1@bo.gov.vn", StaffRoles.CodificationEditor, ministry);
        await AddStaffAsync("bientap-khoa@bo.gov.vn", StaffRoles.CodificationEditor, ministry, lockedOut: true);
        await AddStaffAsync("bientap@bokhac.gov.vn", StaffRoles.CodificationEditor, otherMinistry);
        await AddStaffAsync("thamdinh1@moj.gov.vn", StaffRoles.CodificationAppraiser, moj);
        await AddStaffAsync("thongke@bo.gov.vn", StaffRoles.StatisticsReporter, ministry);
        var editor = TestCallers.Staff("bientap1@bo.gov.vn", [StaffRoles.CodificationEditor], ministry, null);
        var appraiser = TestCallers.Staff("thamdinh1@moj.gov.vn", [StaffRoles.CodificationAppraiser], moj, null);
        var id = Id("CodificationTopic", topicId);
        const string submit = "mutation($input: CodificationTopicStepInput!) { submitCodificationTopic(input: $input) { topic { status } errors { code } } }";
        const string appraise = "mutation($input: AppraiseCodificationTopicInput!) { appraiseCodificationTopic(input: $input) { topic { status } errors { code } } }";

        Assert.Null(PayloadError(await host.PostAsync(submit, new { input = new { topicId = id } }, editor), "submitCodificationTopic"));
        var submitted = await MailsAsync(CodificationMails.Submitted);
        var expected = new[] { "bientap1@bo.gov.vn", "thamdinh1@moj.gov.vn" };
        // The demo accounts of the same ministry and the Ministry of Justice are told too; locked, other-ministry and other-role accounts are not.
        Assert.Superset(expected.ToHashSet(), submitted.Select(m => m.ToAddresses).ToHashSet());
        Assert.DoesNotContain(submitted, m => m.ToAddresses is "bientap-khoa@bo.gov.vn" or "bientap@bokhac.gov.vn" or "thongke@bo.gov.vn");
        Assert.All(submitted, m => Assert.Single(m.To));
        Assert.Contains($"/phap-dien/{id}", submitted[0].TextBody);

        Assert.Null(PayloadError(await host.PostAsync(appraise, new { input = new { topicId = id, passed = false,
            remarks = "Bổ sung ghi chú nguồn của Chương II.\nSửa tên Điều 5." } }, appraiser), "appraiseCodificationTopic"));
        var returned = await MailsAsync(CodificationMails.Returned, "bientap1@bo.gov.vn");
        Assert.Contains("Bổ sung ghi chú nguồn của Chương II.", Assert.Single(returned).TextBody);
        Assert.Equal(2, returned[0].TemplateVersion);
        Assert.Single(await MailsAsync(CodificationMails.Returned, "thamdinh1@moj.gov.vn"));

        Assert.Null(PayloadError(await host.PostAsync(submit, new { input = new { topicId = id } }, editor), "submitCodificationTopic"));
        Assert.Null(PayloadError(await host.PostAsync(appraise, new { input = new { topicId = id, passed = true } }, appraiser), "appraiseCodificationTopic"));
        Assert.Equal(2, (await MailsAsync(CodificationMails.Submitted, "bientap1@bo.gov.vn")).Count);
        Assert.Empty(await MailsAsync(CodificationMails.Approved));
        Assert.Null(PayloadError(await host.PostAsync("""
            mutation($input: ApproveCodificationTopicInput!) { approveCodificationTopic(input: $input) { topic { status } errors { code } } }
            """, new { input = new { topicId = id, approvedOn = "2026-11-20" } }, appraiser), "approveCodificationTopic"));
        var approved = Assert.Single(await MailsAsync(CodificationMails.Approved, "bientap1@bo.gov.vn"));
        Assert.Contains("Ngày 20/11/2026", approved.TextBody);
        Assert.Single(await MailsAsync(CodificationMails.Approved, "thamdinh1@moj.gov.vn"));
    }

    // ---------------------------------------------------------------- statistics

    [Fact]
    public async Task A_returned_report_reaches_the_reporting_units_reporters()
    {
        var (report, reporterOrganisation, recipientOrganisation) = await host.WithDbAsync(async db =>
        {
            var r = await db.Set<StatisticalReport>().AsNoTracking().Where(x => x.Status == StatisticalReportStatus.Submitted).OrderBy(x => x.Id).FirstAsync();
            var units = await db.Set<ReportingUnit>().AsNoTracking().Where(u => u.Id == r.ReportingUnitId || u.Id == r.RecipientUnitId).ToListAsync();
            return (r, units.Single(u => u.Id == r.ReportingUnitId).OrganisationId, units.Single(u => u.Id == r.RecipientUnitId).OrganisationId);
        });
        await AddStaffAsync("baocao1@donvi.gov.vn", StaffRoles.StatisticsReporter, reporterOrganisation);
        await AddStaffAsync("pheduyet@captren.gov.vn", StaffRoles.StatisticsReporter, recipientOrganisation);
        var approver = TestCallers.Staff("duyet@captren.gov.vn", [StaffRoles.StatisticsApprover], recipientOrganisation, null);

        var response = await host.PostAsync("""
            mutation($input: ReturnStatisticalReportInput!) { returnStatisticalReport(input: $input) { report { status } errors { code } } }
            """, new { input = new { reportId = Id("StatisticalReport", report.Id), remarks = "Tổng số chưa khớp với số liệu chi tiết." } }, approver);

        Assert.Null(PayloadError(response, "returnStatisticalReport"));
        var mail = Assert.Single(await MailsAsync(StatisticsMails.Returned, "baocao1@donvi.gov.vn"));
        Assert.Contains("Tổng số chưa khớp với số liệu chi tiết.", mail.TextBody);
        Assert.Contains("được trả lại", mail.Subject);
        Assert.Empty(await MailsAsync(StatisticsMails.Returned, "pheduyet@captren.gov.vn"));
    }

    [Fact]
    public async Task The_overdue_sweep_reminds_each_overdue_report_once_however_often_it_runs()
    {
        // Two months on, the reports of the period now open are overdue (the demo data has none overdue today).
        var later = new FixedClock(DateTime.UtcNow.AddDays(60));
        var today = Justice.Domain.Common.VietnamTime.LocalDate(later.GetUtcNow().UtcDateTime);
        var (reportId, organisation) = await host.WithDbAsync(async db =>
        {
            var overdue = await (from r in db.Set<StatisticalReport>().AsNoTracking()
                                 join p in db.Set<ReportingPeriod>().AsNoTracking() on r.PeriodId equals p.Id
                                 join u in db.Set<ReportingUnit>().AsNoTracking() on r.ReportingUnitId equals u.Id
                                 where (r.Status == StatisticalReportStatus.Draft || r.Status == StatisticalReportStatus.Returned) && p.DueDate < today
                                 orderby r.Id
                                 select new { r.Id, u.OrganisationId }).FirstAsync();
            return (overdue.Id, overdue.OrganisationId);
        });
        await AddStaffAsync("baocao-trehan@donvi.gov.vn", StaffRoles.StatisticsReporter, organisation);
        var sweep = new StatisticsOverdueSweep(host.Services.GetRequiredService<IServiceScopeFactory>(), later,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<StatisticsOverdueSweep>.Instance);

        var first = await sweep.RunAsync();
        var second = await sweep.RunAsync();

        Assert.True(first > 0);
        Assert.Equal(0, second);
        // One reminder per overdue report of the unit (it may have several forms late), this report's among them.
        var mails = await MailsAsync(StatisticsMails.Overdue, "baocao-trehan@donvi.gov.vn");
        var mail = Assert.Single(mails, m => m.MessageId.StartsWith($"<statistics-overdue.{reportId:N}.", StringComparison.Ordinal));
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId.Split('.')[1]).Distinct().Count());
        Assert.Contains("đã quá hạn", mail.Subject);
        // A reminder queued by another node at the same moment is refused by the unique Message-ID, not sent twice.
        var duplicate = await host.WithDbAsync(async db =>
        {
            var report = await db.Set<StatisticalReport>().AsNoTracking().SingleAsync(r => r.Id == reportId);
            var queued = await host.Services.GetRequiredService<StatisticsMails>().EnqueueOverdueAsync(db, report, later.GetUtcNow().UtcDateTime, default);
            Assert.NotEmpty(queued);
            return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        Assert.NotNull(duplicate);
    }

    // ---------------------------------------------------------------- auctions

    [Fact]
    public async Task A_published_notice_reaches_the_matching_active_subscribers_with_their_unsubscribe_link()
    {
        var (organisation, ownerId) = await host.WithDbAsync(async db =>
        {
            var own = await db.Set<AuctionOrganisation>().AsNoTracking().Where(o => o.Kind == AuctionOrganisationKind.Company)
                .OrderBy(o => o.RegistrationNumber).ThenBy(o => o.Id).FirstAsync();
            return (own, await db.Set<AssetOwner>().Where(o => o.ProvinceId == own.ProvinceId).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        });
        var otherProvince = await host.WithDbAsync(db => db.Set<Justice.Domain.AdministrativeUnits.AdministrativeUnit>()
            .Where(u => u.Level == Justice.Domain.AdministrativeUnits.AdministrativeLevel.Province && u.Id != organisation.ProvinceId)
            .OrderBy(u => u.Code).Select(u => u.Id).FirstAsync());
        var now = DateTime.UtcNow;
        var subscriptions = new Dictionary<string, AuctionNoticeSubscription>
        {
            ["exact"] = new("khop@example.vn", "Nguyễn Khớp", organisation.ProvinceId, AuctionAssetType.Vehicles, "vi", now),
            ["open"] = new("moi-noi@example.com", "Open Subscriber", null, null, "en", now),
            ["other-province"] = new("tinh-khac@example.vn", "Trần Tỉnh Khác", otherProvince, AuctionAssetType.Vehicles, "vi", now),
            ["other-type"] = new("dat@example.vn", "Lê Đất", organisation.ProvinceId, AuctionAssetType.LandUseRights, "vi", now),
            ["left"] = new("da-huy@example.vn", "Phạm Đã Hủy", organisation.ProvinceId, null, "vi", now),
        };
        subscriptions["left"].Unsubscribe(now);
        var noticeId = await host.WithDbAsync(async db =>
        {
            db.AddRange(subscriptions.Values);
            var auctionAt = now.AddDays(40);
            var notice = new PublicAuctionNotice(organisation.Id, ownerId, organisation.ProvinceId, new AuctionNoticeTerms(
                "Xe ô tô con Toyota Vios 2019, màu trắng", AuctionAssetType.Vehicles, 300_000_000, 30_000_000, now.AddHours(1),
                auctionAt.AddDays(-3), "Tại kho", auctionAt.AddDays(-2), auctionAt, "Hội trường", AuctionForm.Oral, AuctionMethod.Ascending),
                AuctionRulesOptions.Default);
            db.Add(notice);
            await db.SaveChangesAsync();
            return notice.Id;
        });
        var publisher = TestCallers.Staff("daugia@congty.vn", [StaffRoles.AuctionPublisher], organisation.OrganisationId, organisation.ProvinceId);

        var response = await host.PostAsync("""
            mutation($id: ID!) { publishAuctionNotice(input: { id: $id }) { auctionNotice { status } errors { code } } }
            """, new { id = Id("AuctionNotice", noticeId) }, publisher);

        Assert.Null(PayloadError(response, "publishAuctionNotice"));
        var mails = (await MailsAsync(AuctionNoticeMails.Matched)).Where(m => m.TextBody.Contains("Toyota Vios 2019")).ToList();
        Assert.Equal(["khop@example.vn", "moi-noi@example.com"], mails.Select(m => m.ToAddresses).Order(StringComparer.Ordinal));
        foreach (var (key, mail) in new[] { ("exact", mails.Single(m => m.ToAddresses == "khop@example.vn")), ("open", mails.Single(m => m.ToAddresses == "moi-noi@example.com")) })
        {
            var token = subscriptions[key].UnsubscribeToken;
            Assert.EndsWith($"/dau-gia/huy-dang-ky?token={token}", mail.ListUnsubscribeUrl);
            Assert.Contains(mail.ListUnsubscribeUrl!, mail.TextBody);
        }
        Assert.Contains("Giá khởi điểm: 300.000.000 ₫", mails.Single(m => m.ToAddresses == "khop@example.vn").TextBody);
        Assert.Contains("Vehicles", mails.Single(m => m.ToAddresses == "moi-noi@example.com").TextBody);
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
