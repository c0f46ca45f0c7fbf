using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Outreach;

/// <summary>Settings bound to section <c>Outbox</c>. The sending rate itself is <c>ConnectorPacing:RequestsPerSecond</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Sends in flight at once; the rate limit decides the pace, this only hides Teams' latency.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>How often the dispatcher looks for work when nobody woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Least time between two updates of a coordinator's status card.</summary>
    public TimeSpan StatusUpdateInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>On shutdown, sends already handed to Teams get this long to finish before they are abandoned.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long an instance's claim on a delivery holds (several instances on one PostgreSQL). Longer than any one send
    /// can take (the connector's retries included): when it runs out, an unsent claim is taken over by another instance and
    /// a send left in flight is failed as interrupted. A dead instance's broadcast finishes on the others after this long.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many failures the status card names (the report has all of them).</summary>
    [Range(1, 50)]
    public int FailuresShown { get; set; } = 5;
}
