using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Reminders;

/// <summary>Settings bound to section <c>Reminders</c>. The sending rate itself is <c>ProactiveMessenger:RequestsPerSecond</c>.</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>Sends in flight at once; the rate limit decides the pace, this only hides Teams' latency.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>How often the dispatcher looks for work when nobody woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Least time between two updates of a coordinator's status card.</summary>
    public TimeSpan StatusUpdateInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>On shutdown, sends already handed to Teams get this long to finish before they are abandoned.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A schedule that came due while the service was down fires once at start-up if it is at most this late.</summary>
    public TimeSpan ScheduleGracePeriod { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Longest the scheduler sleeps between checks (it also wakes when a schedule changes).</summary>
    public TimeSpan ScheduleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>IANA id of the bureau's time zone: schedules and dates on cards are in this zone.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>A composed but unconfirmed reminder is forgotten after this long.</summary>
    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How many failures the status card names (the report has all of them).</summary>
    [Range(1, 50)]
    public int FailuresShown { get; set; } = 5;
}
