namespace CivilityBot.Protocol;

/// <summary>The bot's single entry point, registered once in DI as a singleton.</summary>
public interface IActivityHandler
{
    /// <summary>
    /// Handles one authenticated inbound activity. Answer invokes by setting <see cref="TurnContext.InvokeResponse"/>;
    /// move slow work for other activities to the background so the channel gets its answer quickly.
    /// </summary>
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
