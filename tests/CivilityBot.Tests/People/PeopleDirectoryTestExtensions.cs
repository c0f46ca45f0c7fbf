namespace CivilityBot.Tests.People;

/// <summary>What the turn pipeline does for a sender: link on first contact, then identify.</summary>
internal static class PeopleDirectoryTestExtensions
{
    public static string? ResolvePerson(this IPeopleDirectory people, ConversationReferenceRecord sender) =>
        people.Resolve(sender).PersonName;

    public static SenderIdentity Resolve(this IPeopleDirectory people, ConversationReferenceRecord sender)
    {
        var account = new TeamsIdentity(sender.AadObjectId, sender.UserId, sender.TenantId);
        people.LinkOnFirstContact(account, sender.UserName);
        return people.Identify(account, sender.UserName);
    }
}
