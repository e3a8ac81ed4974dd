using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Persistence;
using Justice.GraphQL.Access;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Conferences;

/// <summary>A free interval [Start, End) common to the endpoints asked about.</summary>
public sealed record TimeSlot(DateTime Start, DateTime End);

/// <summary>What the loser of a booking is offered: the next free slots of the same endpoints, and free endpoints nearby.</summary>
public sealed record BookingAlternatives(IReadOnlyList<TimeSlot> FreeSlots, IReadOnlyList<ConferenceEndpoint> FreeEndpoints);

/// <summary>
/// The scheduling reads the mutations and queries share: the other meetings to check against, free slots, and the
/// alternatives for a refused booking. The rule itself stays in <see cref="MeetingScheduler"/>; the database has the
/// last word (an exclusion constraint or trigger), so two concurrent bookings cannot both pass.
/// </summary>
public static class ConferenceBooking
{
    public const string DoubleBooked = "ENDPOINT_DOUBLE_BOOKED";
    /// <summary>Bookable hours of a day, local time.</summary>
    public static readonly TimeOnly DayStart = new(7, 0), DayEnd = new(18, 0);

    /// <summary>The meetings (with their endpoints) holding any of <paramref name="endpointIds"/> over part of [start, end).</summary>
    public static async Task<List<Meeting>> OthersAsync(JusticeDbContext db, IReadOnlyCollection<Guid> endpointIds, DateTime start, DateTime end,
        CancellationToken ct)
    {
        var ids = endpointIds.ToList();
        // One round trip: a booking waits on it before it can commit and reach the live board.
        return await db.Set<Meeting>().AsNoTracking().Include(m => m.Participations)
            .Where(m => m.Participations.Any(p => ids.Contains(p.EndpointId) && !p.IsReleased && p.Start < end && start < p.End))
            .ToListAsync(ct);
    }

    /// <summary>Free intervals of at least <paramref name="minutes"/> on <paramref name="day"/> (bookable hours) for every endpoint at once.</summary>
    public static async Task<IReadOnlyList<TimeSlot>> FreeSlotsAsync(JusticeDbContext db, IReadOnlyCollection<Guid> endpointIds, DateOnly day,
        int minutes, Guid? ignoreMeetingId, CancellationToken ct)
    {
        var from = VietnamTime.ToUtc(day, DayStart);
        var to = VietnamTime.ToUtc(day, DayEnd);
        var ids = endpointIds.ToList();
        var busy = await db.Set<MeetingParticipation>().AsNoTracking()
            .Where(p => ids.Contains(p.EndpointId) && !p.IsReleased && p.Start < to && from < p.End && p.MeetingId != ignoreMeetingId)
            .Select(p => new { p.Start, p.End }).ToListAsync(ct);
        var slots = new List<TimeSlot>();
        var cursor = from;
        foreach (var interval in busy.OrderBy(b => b.Start))
        {
            if (interval.Start > cursor && interval.Start - cursor >= TimeSpan.FromMinutes(minutes)) slots.Add(new TimeSlot(cursor, interval.Start));
            if (interval.End > cursor) cursor = interval.End;
        }
        if (to > cursor && to - cursor >= TimeSpan.FromMinutes(minutes)) slots.Add(new TimeSlot(cursor, to));
        return slots;
    }

    /// <summary>Free slots of the same length for the same endpoints (this day and the next working days), and free ready endpoints in the same provinces.</summary>
    public static async Task<BookingAlternatives> AlternativesAsync(JusticeDbContext db, IReadOnlyCollection<Guid> endpointIds, DateTime start,
        DateTime end, Guid? ignoreMeetingId, CancellationToken ct)
    {
        var minutes = (int)Math.Max(1, (end - start).TotalMinutes);
        var slots = new List<TimeSlot>();
        var day = VietnamTime.LocalDate(start);
        for (var i = 0; i < 10 && slots.Count < 5; i++, day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            foreach (var free in await FreeSlotsAsync(db, endpointIds, day, minutes, ignoreMeetingId, ct))
            {
                if (free.End <= start) continue;
                var slotStart = free.Start < start && free.End - start >= TimeSpan.FromMinutes(minutes) ? start : free.Start;
                if (free.End - slotStart >= TimeSpan.FromMinutes(minutes)) slots.Add(new TimeSlot(slotStart, slotStart.AddMinutes(minutes)));
                if (slots.Count >= 5) break;
            }
        }
        var ids = endpointIds.ToList();
        var busyNow = await db.Set<MeetingParticipation>().AsNoTracking()
            .Where(p => !p.IsReleased && p.Start < end && start < p.End && p.MeetingId != ignoreMeetingId).Select(p => p.EndpointId).Distinct().ToListAsync(ct);
        var conflicting = ids.Where(busyNow.Contains).ToList();
        var provinces = await db.Set<ConferenceEndpoint>().AsNoTracking().Where(e => conflicting.Contains(e.Id)).Select(e => e.ProvinceId).Distinct().ToListAsync(ct);
        var freeEndpoints = await db.Set<ConferenceEndpoint>().AsNoTracking()
            .Where(e => provinces.Contains(e.ProvinceId) && !ids.Contains(e.Id) && !busyNow.Contains(e.Id) && e.Status == EndpointStatus.Ready)
            .OrderBy(e => e.Code).Take(10).ToListAsync(ct);
        return new BookingAlternatives(slots, freeEndpoints);
    }

    /// <summary>
    /// True when the database refused the write because an endpoint is already held: the exclusion constraint
    /// (PostgreSQL), the trigger (SQLite), or a deadlock between two bookings waiting on each other's rows under that
    /// constraint (PostgreSQL aborts one of them). The exception may come wrapped by the retrying execution strategy.
    /// </summary>
    public static bool IsDoubleBooking(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is Npgsql.PostgresException { SqlState: "23P01" or "40P01" }) return true;
            if (inner is Microsoft.Data.Sqlite.SqliteException sqlite && sqlite.Message.Contains(DoubleBooked, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>Conference data is for Ministry staff: a signed-in staff member (not a citizen, not a client system) with the scope.</summary>
    public static Caller RequireConferenceStaff(this global::GraphQL.IResolveFieldContext context, string scope)
    {
        var caller = context.RequireScope(scope);
        if (caller.Kind != CallerKind.Staff)
            throw new global::GraphQL.ExecutionError("Chỉ cán bộ của Bộ Tư pháp được xem và đặt lịch họp trực tuyến.") { Code = ErrorCodes.Forbidden };
        return caller;
    }
}
