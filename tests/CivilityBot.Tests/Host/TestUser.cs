namespace CivilityBot.Tests.Host;

/// <summary>A Teams user as the channel describes them on an activity.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId)
{
    /// <summary>A user with the roster name as display name and an AAD object id derived from it (the same in every test).</summary>
    public static TestUser Named(string name) => new($"29:{Guid.NewGuid():N}", name, AadObjectIdOf(name));

    /// <summary>Someone else showing the same display name (a look-alike account).</summary>
    public static TestUser LookAlike(string name) => new($"29:{Guid.NewGuid():N}", name, Guid.NewGuid().ToString());

    public static string AadObjectIdOf(string name) =>
        new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))[..16]).ToString();

    public string PersonalConversationId => $"a:{Id}";
}
