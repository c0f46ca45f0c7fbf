using CivilityBot.Turns;
using CivilityBot.Knowledge;


namespace CivilityBot.People;

/// <summary>设为协调员 宋伟 / 取消协调员 宋伟 (grant / revoke coordinator), for coordinators.</summary>
public sealed class CoordinatorRoleCommand(CoordinatorRoles roles) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var grant = PeopleCommandPatterns.Grant().Match(message.Text);
        var match = grant.Success ? grant : PeopleCommandPatterns.Revoke().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var language = PeopleCommandPatterns.LanguageOf(match);
        var sender = message.Sender;
        var name = Knowledge.PersonNames.Normalize(match.Groups["name"].Value);
        string reply;
        if (SenderChecks.CoordinatorRefusal(sender, language) is { } refusal)
        {
            reply = refusal;
        }
        else
        {
            var change = grant.Success
                ? roles.Grant(name, sender.PersonName!, sender.AadObjectId)
                : roles.Revoke(name, sender.PersonName!, sender.AadObjectId);
            reply = change == RoleChange.NotOnRoster ? PeopleReplies.UnknownPerson(name, language)
                : grant.Success ? PeopleReplies.Granted(name, change, language)
                : PeopleReplies.Revoked(name, change, language);
        }

        await message.ReplyTextAsync(reply, cancellationToken);
        return true;
    }
}
