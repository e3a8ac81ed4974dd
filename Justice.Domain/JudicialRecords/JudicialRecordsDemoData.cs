using Justice.Domain.Common;
using Justice.Domain.CivilRegistry;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.JudicialRecords;

/// <summary>
/// A few dozen judicial records of adults from the civil-status register (convictions, some expunged, a few
/// bankruptcy bans) and certificate applications in every state, some issued.
/// </summary>
public sealed class JudicialRecordsDemoData : IDemoDataContributor
{
    public int Order => 210;
    public string Area => "JudicialRecords";

    private static readonly string[] Offences =
    [
        "Trộm cắp tài sản (Điều 173 Bộ luật Hình sự)", "Cố ý gây thương tích (Điều 134 Bộ luật Hình sự)",
        "Lừa đảo chiếm đoạt tài sản (Điều 174 Bộ luật Hình sự)", "Đánh bạc (Điều 321 Bộ luật Hình sự)",
        "Vi phạm quy định về tham gia giao thông đường bộ (Điều 260 Bộ luật Hình sự)",
        "Tàng trữ trái phép chất ma túy (Điều 249 Bộ luật Hình sự)", "Gây rối trật tự công cộng (Điều 318 Bộ luật Hình sự)",
    ];
    private static readonly string[] Sentences =
    [
        "09 tháng tù cho hưởng án treo, thời gian thử thách 18 tháng", "02 năm tù", "Cải tạo không giam giữ 01 năm",
        "Phạt tiền 20.000.000 đồng", "03 năm 06 tháng tù", "12 tháng tù",
    ];
    private static readonly string[] Purposes =
    [
        "Bổ sung hồ sơ xin việc", "Xin cấp giấy phép lao động", "Bổ sung hồ sơ du học", "Thành lập doanh nghiệp",
        "Xin nhập quốc tịch nước ngoài", "Bổ sung hồ sơ hành nghề luật sư", "Biết nội dung lý lịch tư pháp của bản thân",
    ];

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        var today = context.ReferenceDate;
        var adultBorn = today.AddYears(-20);
        var people = await db.Set<Person>().AsNoTracking()
            .Where(p => p.PersonalIdNumber != null && p.DateOfBirth <= adultBorn)
            .OrderBy(p => p.Id).Take(40).ToListAsync(cancellationToken);
        var departments = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.ProvincialJusticeDepartment).OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var courts = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Court).OrderBy(o => o.Code).Select(o => o.Name).ToListAsync(cancellationToken);
        if (people.Count == 0 || departments.Count == 0 || courts.Count == 0) return;

        var records = new List<JudicialRecord>();
        foreach (var person in people)
        {
            var record = new JudicialRecord(person.FullName, person.Sex, person.DateOfBirth, person.PlaceOfBirth,
                person.PersonalIdNumber!.Value, person.Nationality, person.Id, context.Pick(departments).Id);
            var convictions = context.Random.Next(100) switch { < 45 => 0, < 85 => 1, < 96 => 2, _ => 3 };
            for (var i = 0; i < convictions; i++)
            {
                var judged = context.DateBetween(person.DateOfBirth.AddYears(18), today.AddMonths(-1));
                var conviction = record.AddConviction(context.Pick(courts), $"{context.Random.Next(1, 400)}/{judged.Year}/HS-ST",
                    judged, context.Pick(Offences), context.Pick(Sentences), EnforcementStatus.BeingEnforced);
                if (judged < today.AddYears(-3))
                {
                    record.UpdateEnforcementStatus(conviction.Id, EnforcementStatus.Completed);
                    if (context.Random.Next(2) == 0) record.ExpungeConviction(conviction.Id, context.DateBetween(judged.AddYears(2), today));
                }
            }
            if (context.Random.Next(15) == 0)
            {
                var decided = context.DateBetween(today.AddYears(-6), today.AddMonths(-2));
                record.AddManagementPostBan(context.Pick(courts), $"{context.Random.Next(1, 60):D2}/{decided.Year}/QĐ-TBPS", decided,
                    $"Công ty TNHH Thương mại Dịch vụ {person.FullName.Split(' ')[^1]}", decided, decided.AddYears(3));
            }
            records.Add(record);
        }

        var applications = new List<JudicialRecordCertificateApplication>();
        var certificates = new List<IssuedJudicialRecordCertificate>();
        var issued = 0;
        for (var i = 0; i < 36; i++)
        {
            var record = records[i % records.Count];
            var receivedOn = today.AddDays(-context.Random.Next(0, 40));
            var department = departments.First(d => d.Id == record.KeeperOrganisationId);
            var type = context.Random.Next(4) == 0 ? CertificateType.No2 : CertificateType.No1;
            var byPost = context.Random.Next(3) == 0;
            var application = new JudicialRecordCertificateApplication(
                $"LLTP-{receivedOn:yyMMdd}-{i + 1:D6}",
                new CertificateApplicant(record.FullName, record.Sex, record.DateOfBirth, record.PersonalIdNumber!.Value,
                    byPost ? $"Số {context.Random.Next(1, 300)}, {record.PlaceOfBirth}" : null,
                    // Two applicants in three leave an address to be told of the progress (no random draw: the rest of the data stays as it was).
                    i % 3 == 2 ? null : DemoEmail(record.FullName, i)),
                type, type == CertificateType.No2 ? "Biết nội dung lý lịch tư pháp của bản thân" : context.Pick(Purposes),
                context.Random.Next(1, 4), byPost ? CertificateDelivery.ByPost : CertificateDelivery.AtOffice,
                context.Random.Next(100) < 60 ? ApplicationChannel.Online : ApplicationChannel.InPerson, receivedOn, department.Id,
                includeManagementPostBans: context.Random.Next(5) == 0);
            var age = today.DayNumber - receivedOn.DayNumber;
            if (age >= 1) application.StartProcessing();
            if (age >= 3 && i % 7 == 0) application.RequireVerification();
            if (age >= 8 && i % 11 == 5)
                application.Refuse("Người yêu cầu không bổ sung giấy tờ chứng minh nhân thân theo yêu cầu.", receivedOn.AddDays(6));
            else if (age >= 8)
                certificates.Add(application.Issue(record, $"{++issued:D5}/{receivedOn.Year}/LLTP", receivedOn.AddDays(context.Random.Next(3, 8)),
                    "Nguyễn Văn Hùng", "Phó Giám đốc Sở Tư pháp"));
            applications.Add(application);
        }
        db.AddRange(records);
        db.AddRange(applications);
        db.AddRange(certificates);
    }

    /// <summary>An address of the reserved example domain, from the name without diacritics: <c>nguyen.van.an.7@example.com</c>.</summary>
    private static string DemoEmail(string fullName, int index) =>
        $"{string.Join('.', VietnameseText.Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries))}.{index + 1}@example.com";
}
