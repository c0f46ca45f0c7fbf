using CivilityBot.Protocol.Schema;

namespace CivilityBot.Conversations;

/// <summary>Handles the card verbs of one feature, for both Action.Execute invokes and Action.Submit fallbacks.</summary>
public interface ICardActionHandler
{
    bool Handles(string verb);

    Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken);
}
