using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>The one guard for "may this sender do that": commands call it, and a refused sender is told why in their language.</summary>
public static class SenderChecks
{
    /// <summary>The sender's roster name for commands about one's own work; anyone else is told so and gets null.</summary>
    public static async Task<string?> RequireRosterAsync(this MessageTurn message, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (message.Sender.PersonName is { } name)
        {
            return name;
        }

        await message.ReplyTextAsync(PeopleReplies.NotOnRoster(language), cancellationToken);
        return null;
    }

    /// <summary>The coordinator's roster name for coordinator-only commands; anyone else is told why not and gets null.</summary>
    public static async Task<string?> RequireCoordinatorAsync(this MessageTurn message, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (CoordinatorRefusal(message.Sender, language) is not { } refusal)
        {
            return message.Sender.PersonName;
        }

        await message.ReplyTextAsync(refusal, cancellationToken);
        return null;
    }

    /// <summary>Null when <paramref name="sender"/> is a coordinator (with a verified link); otherwise the refusal to show.</summary>
    public static string? CoordinatorRefusal(SenderIdentity sender, ReplyLanguage language) =>
        sender.IsCoordinator && sender.PersonName is not null ? null : PeopleReplies.NotCoordinator(sender, language);
}
