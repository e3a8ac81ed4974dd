using Justice.Domain.Common;
using Justice.Domain.Conferences;
using Justice.Domain.Persistence;
using Justice.GraphQL.Common;
using Justice.Portal.Conferences;
using Justice.Portal.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Portal.Pages.Admin;

/// <summary>Bảng điều hành hội nghị trực tuyến: the day's meetings and every endpoint's status, kept live by the hub.</summary>
[Authorize(AuthenticationSchemes = JusticeAuthenticationSchemes.Caller, Policy = ConferenceHub.ReadPolicy)]
public sealed class HoiNghiModel(JusticeDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Day { get; private set; }
    public long Sequence { get; private set; }
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public IReadOnlyList<ConferenceEndpoint> Endpoints { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ConferenceEndpoint> ById { get; private set; } = new Dictionary<Guid, ConferenceEndpoint>();

    public async Task OnGetAsync(string? ngay, CancellationToken ct)
    {
        Day = DateOnly.TryParseExact(ngay, "yyyy-MM-dd", out var day) ? day : VietnamTime.LocalDate(clock.GetUtcNow().UtcDateTime);
        // The sequence first: a change committed while the page is read is then replayed, never missed.
        Sequence = await db.Set<ConferenceChange>().MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        var from = VietnamTime.ToUtc(Day, TimeOnly.MinValue);
        var to = VietnamTime.ToUtc(Day.AddDays(1), TimeOnly.MinValue);
        Meetings = await db.Set<Meeting>().AsNoTracking().Include(m => m.Participations)
            .Where(m => m.Start >= from && m.Start < to).OrderBy(m => m.Start).ToListAsync(ct);
        Endpoints = await db.Set<ConferenceEndpoint>().AsNoTracking().OrderBy(e => e.Code).ToListAsync(ct);
        ById = Endpoints.ToDictionary(e => e.Id);
    }

    public static string Id(string type, Guid id) => GlobalId.Encode(type, id);
    public static string Local(DateTime utc) => (utc + VietnamTime.Offset).ToString("HH:mm");

    public static string Label(EndpointStatus status) => status switch
    {
        EndpointStatus.Ready => "Sẵn sàng", EndpointStatus.InUse => "Đang họp", EndpointStatus.Fault => "Sự cố", _ => "Bảo trì",
    };

    public static string Label(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "Đã lên lịch", MeetingStatus.Live => "Đang diễn ra", MeetingStatus.Ended => "Đã kết thúc", _ => "Đã hủy",
    };
}
