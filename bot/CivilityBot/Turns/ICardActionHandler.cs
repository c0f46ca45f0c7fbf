using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>Handles the card verbs of one feature, for both Action.Execute invokes and Action.Submit fallbacks.</summary>
public interface ICardActionHandler
{
    /// <summary>The verbs this handler owns; the router refuses to start when two handlers claim the same verb.</summary>
    IReadOnlyCollection<string> Verbs { get; }

    Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken);
}
