using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>Handles the card verbs of one feature, for both Action.Execute invokes and Action.Submit fallbacks.</summary>
public interface ICardActionHandler
{
    /// <summary>The verbs this handler owns; the router refuses to start when two handlers claim the same verb.</summary>
    IReadOnlyCollection<string> Verbs { get; }

    /// <summary>
    /// The verbs among <see cref="Verbs"/> that only show a view and change nothing; only these may answer Teams' automatic
    /// refresh (Universal Actions <c>refresh</c>), which the router refuses for every other verb. None by default.
    /// </summary>
    IReadOnlyCollection<string> RefreshVerbs => [];

    Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken);
}
