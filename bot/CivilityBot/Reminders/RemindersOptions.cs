using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Reminders;

/// <summary>Settings bound to section <c>Reminders</c>: drafts and schedules (sending itself is the outbox's, section <c>Outbox</c>).</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>A schedule that came due while the service was down fires once at start-up if it is at most this late.</summary>
    public TimeSpan ScheduleGracePeriod { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Longest the scheduler sleeps between checks (it also wakes when a schedule changes).</summary>
    public TimeSpan ScheduleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A composed but unconfirmed reminder is forgotten after this long.</summary>
    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromHours(2);
}
