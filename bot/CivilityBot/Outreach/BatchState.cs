namespace CivilityBot.Outreach;

/// <summary>Where a batch stands; only Queued and Running batches are sent.</summary>
public enum BatchState
{
    /// <summary>Previewed, waiting for a coordinator's confirmation; nothing is sent.</summary>
    Draft,
    Queued,
    Running,
    Completed,
    Cancelled,
}
