using System.Text.Json;
using Justice.Domain.AdministrativeUnits;
using Justice.Domain.CivilRegistry.Bulk;
using Justice.Domain.DemoData;
using Justice.Domain.Organisations;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Domain.CivilRegistry;

/// <summary>
/// <see cref="DemoScale.CivilStatusRecords"/> registrations since 2016 over the communes' People's Committees,
/// streamed through the bulk loader (COPY on PostgreSQL), plus a few birth messages to the population database
/// and social insurance in every delivery state.
/// </summary>
public sealed class CivilRegistryDemoData : IDemoDataContributor
{
    public int Order => 200;
    public string Area => "CivilRegistry";

    public async Task SeedAsync(JusticeDbContext db, DemoDataContext context, CancellationToken cancellationToken)
    {
        if (context.Scale.CivilStatusRecords == 0) return;
        var authorities = await CivilStatusAuthority.LoadCommunesAsync(db, cancellationToken);
        if (authorities.Count == 0) return;

        var generator = new CivilStatusRecordGenerator(context.Random, authorities,
            new DateOnly(Math.Min(2016, context.ReferenceDate.Year - 1), 1, 1), context.ReferenceDate.AddDays(-1));

        // Keep only the last few births (to address messages to): the rows themselves stream through.
        var recentBirths = new Queue<CivilStatusRecordRow>();
        await new CivilStatusBulkLoader().LoadAsync(db, Tap(generator.Generate(context.Scale.CivilStatusRecords), recentBirths), cancellationToken);

        var now = context.ReferenceInstant;
        var index = 0;
        foreach (var birth in recentBirths)
        {
            var payload = JsonSerializer.Serialize(new
            {
                registrationId = birth.RegistrationId,
                authorityId = birth.AuthorityId,
                registrationDate = birth.RegistrationDate,
                child = new { personId = birth.PersonId, fullName = birth.FullName, sex = birth.Sex.ToString(), dateOfBirth = birth.DateOfBirth, placeOfBirth = birth.PlaceOfBirth },
            }, InterconnectionMessage.PayloadJson);
            var sentAt = now.AddMinutes(-30 + index);
            var underSix = birth.DateOfBirth.AddYears(CivilRegistryOptions.Default.SocialInsuranceChildAgeLimitYears) > birth.RegistrationDate;
            foreach (var target in underSix
                         ? new[] { InterconnectionTarget.NationalPopulationDatabase, InterconnectionTarget.SocialInsurance }
                         : [InterconnectionTarget.NationalPopulationDatabase])
            {
                var message = new InterconnectionMessage(target, InterconnectionMessage.BirthRegisteredType, birth.RegistrationId, payload, sentAt.AddMinutes(-5));
                switch (index % 5)
                {
                    case 0:
                        message.MarkSent(sentAt);
                        message.MarkAcknowledged(sentAt.AddMinutes(2), target == InterconnectionTarget.NationalPopulationDatabase
                            ? birth.PersonalIdNumber ?? $"BHXH-{index:D6}" : $"HS{birth.RegistrationDate:yyyyMMdd}{index:D4}");
                        break;
                    case 1:
                        message.MarkSent(sentAt);
                        break;
                    case 2:
                        message.MarkFailed("Hết thời gian chờ phản hồi từ hệ thống nhận (timeout 30 giây).", sentAt);
                        break;
                    case 3:
                        message.MarkSent(sentAt);
                        message.MarkRejected("Thông tin nơi sinh không khớp với danh mục đơn vị hành chính của hệ thống nhận.", sentAt.AddMinutes(1));
                        break;
                }
                db.Add(message);
            }
            index++;
        }
    }

    private static IEnumerable<CivilStatusRecordRow> Tap(IEnumerable<CivilStatusRecordRow> rows, Queue<CivilStatusRecordRow> recentBirths)
    {
        foreach (var row in rows)
        {
            if (row.EventType == CivilStatusEventType.Birth)
            {
                recentBirths.Enqueue(row);
                if (recentBirths.Count > 8) recentBirths.Dequeue();
            }
            yield return row;
        }
    }
}
