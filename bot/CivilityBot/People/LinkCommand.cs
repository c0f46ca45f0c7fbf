using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>关联 宋伟 &lt;AAD id | 29:… | @mention&gt; and 取消关联 宋伟 (link / unlink), for coordinators.</summary>
public sealed class LinkCommand(PeopleDirectory directory, IPlan plan) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var reply = Unlink(message) ?? Link(message);
        if (reply is null)
        {
            return false;
        }

        await message.ReplyTextAsync(reply, cancellationToken);
        return true;
    }

    private string? Link(MessageTurn message)
    {
        var match = PeopleCommandPatterns.Link().Match(message.Text);
        if (!match.Success)
        {
            return null;
        }

        var language = PeopleCommandPatterns.LanguageOf(match);
        if (Refusal(message, match.Groups["name"].Value, language, out var sender, out var person) is { } refusal)
        {
            return refusal;
        }

        if (LinkTargetReader.Read(match.Groups["target"].Value, message.Turn.Activity) is not { IsEmpty: false } identity)
        {
            return PeopleReplies.UnknownIdentity(language);
        }

        var outcome = directory.Link(person, identity, sender.PersonName!, sender.AadObjectId);
        return outcome.Status == LinkStatus.IdentityLinkedElsewhere
            ? PeopleReplies.IdentityTaken(outcome.OtherPerson!, language)
            : PeopleReplies.Linked(person, identity.Describe(), language);
    }

    private string? Unlink(MessageTurn message)
    {
        var match = PeopleCommandPatterns.Unlink().Match(message.Text);
        if (!match.Success)
        {
            return null;
        }

        var language = PeopleCommandPatterns.LanguageOf(match);
        if (Refusal(message, match.Groups["name"].Value, language, out var sender, out var person) is { } refusal)
        {
            return refusal;
        }

        return PeopleReplies.Unlinked(person, directory.Unlink(person, sender.PersonName!, sender.AadObjectId), language);
    }

    private string? Refusal(MessageTurn message, string name, ReplyLanguage language, out SenderIdentity sender, out string person)
    {
        sender = message.Sender;
        person = PersonNames.Normalize(name);
        if (SenderChecks.CoordinatorRefusal(sender, language) is { } refusal)
        {
            return refusal;
        }

        return plan.Current.FindPerson(person) is null ? PeopleReplies.UnknownPerson(person, language) : null;
    }
}
