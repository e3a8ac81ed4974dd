using Justice.Domain.JudicialRecords;
using Justice.Domain.Persistence;
using Justice.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.Tests.JudicialRecords;

public sealed class JudicialRecordsPersistenceTests
{
    [Theory, BothProviders]
    public async Task Records_applications_and_certificates_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var record = JudicialRecordsTests.Record();
        record.AddManagementPostBan("Tòa án nhân dân thành phố Hải Phòng", "03/2024/QĐ-TBPS", new DateOnly(2024, 1, 10),
            "Công ty TNHH Long Hải", new DateOnly(2024, 1, 10), new DateOnly(2027, 1, 10));
        var application = JudicialRecordsTests.Application(CertificateType.No2);
        application.StartProcessing();
        application.RequireVerification();
        var certificate = application.Issue(record, "00125/2025/LLTP", new DateOnly(2025, 3, 20), "Lê Thị Hạnh", "Phó Giám đốc Sở Tư pháp");
        await using (var db = database.NewContext())
        {
            db.AddRange(record, application, certificate);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var loadedRecord = await db.Set<JudicialRecord>().Include(r => r.Convictions).Include(r => r.ManagementPostBans)
                .SingleAsync(r => r.PersonalIdNumber == record.PersonalIdNumber);
            Assert.Equal(["25/2012/HS-ST", "112/2023/HS-ST"], loadedRecord.Convictions.OrderBy(c => c.JudgmentDate).Select(c => c.JudgmentNumber));
            Assert.Equal(new DateOnly(2016, 5, 1), loadedRecord.Convictions.Single(c => c.IsExpunged).ExpungedOn);
            Assert.Equal(EnforcementStatus.Completed, loadedRecord.Convictions.Single(c => c.IsExpunged).EnforcementStatus);
            Assert.Single(loadedRecord.ManagementPostBans);

            var loadedApplication = await db.Set<JudicialRecordCertificateApplication>().SingleAsync(a => a.TrackingCode == "LLTP-250310-000001");
            Assert.Equal((CertificateApplicationStatus.Issued, true, new DateOnly(2025, 3, 25), certificate.Id),
                (loadedApplication.Status, loadedApplication.IsComplex, loadedApplication.Deadline, loadedApplication.IssuedCertificateId));
            Assert.Equal((CertificateType.No2, 2, CertificateDelivery.AtOffice, ApplicationChannel.Online),
                (loadedApplication.CertificateType, loadedApplication.Copies, loadedApplication.Delivery, loadedApplication.Channel));
            Assert.Equal(record.PersonalIdNumber, loadedApplication.ApplicantPersonalIdNumber);

            var loadedCertificate = await db.Set<IssuedJudicialRecordCertificate>().Include(c => c.Convictions).Include(c => c.ManagementPostBans)
                .SingleAsync(c => c.Number == "00125/2025/LLTP");
            Assert.Equal(2, loadedCertificate.Convictions.Count);
            Assert.Single(loadedCertificate.ManagementPostBans);
            Assert.Equal(record.Id, loadedCertificate.JudicialRecordId);
        }

        await using (var db = database.NewContext())
        {
            db.Add(JudicialRecordsTests.Application(CertificateType.No1));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
