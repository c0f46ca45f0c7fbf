namespace CivilityBot.Tests.Host;

/// <summary>A Teams user as the channel describes them on an activity.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId)
{
    public static TestUser Named(string name) => new($"29:{Guid.NewGuid():N}", name, Guid.NewGuid().ToString());

    public string PersonalConversationId => $"a:{Id}";
}
