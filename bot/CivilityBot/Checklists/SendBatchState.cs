namespace CivilityBot.Checklists;

public enum SendBatchState
{
    /// <summary>The preview is out; nothing is sent until a coordinator confirms.</summary>
    AwaitingConfirmation,
    Confirmed,
    Cancelled,
    Finished,
}
