using System.Collections.Concurrent;
using CivilityBot.Turns;
using CivilityBot.People;

namespace CivilityBot.Tests.Reminders;

/// <summary>People linked by hand: a person's AAD id is "aad-{name}", coordinators are listed.</summary>
internal sealed class FakePeopleDirectory : IPeopleDirectory
{
    public ConcurrentDictionary<string, PersonLink> Links { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Coordinators { get; } = new(StringComparer.Ordinal);

    public static string AadOf(string name) => "aad-" + name;

    public PersonLink Link(string name, string? teamsUserId = null, string? tenantId = null)
    {
        var link = new PersonLink { Id = name, AadObjectId = AadOf(name), TeamsUserId = teamsUserId, TenantId = tenantId };
        Links[name] = link;
        return link;
    }

    public SenderIdentity Identify(TeamsIdentity account, string? displayName) =>
        NameOf(account) is { } name ? new SenderIdentity(name, IsCoordinator(name), account.AadObjectId) : SenderIdentity.Unknown;

    public void LinkOnFirstContact(TeamsIdentity account, string? displayName)
    {
    }

    public string? NameOf(TeamsIdentity account) =>
        Links.Values.FirstOrDefault(l => account.AadObjectId is { } aad && l.AadObjectId == aad)?.Id;

    public string? RosterName(string writtenName) => Links.ContainsKey(writtenName) ? writtenName : null;

    public PersonLink? FindLink(string personName) => Links.GetValueOrDefault(personName);

    public bool IsCoordinator(string personName) => Coordinators.Contains(personName);
}
