using CivilityBot.Turns;
using CivilityBot.People;

namespace ReminderBroadcastBenchmark;

/// <summary>Recipients R0001… each linked to Teams by AAD id "aad-R0001"; the coordinator too.</summary>
internal sealed class BenchmarkPeople(int recipients) : IPeopleDirectory
{
    public const string Coordinator = "协调员";

    public IReadOnlyList<string> Names { get; } = Enumerable.Range(1, recipients).Select(i => $"R{i:D4}").ToList();

    public static string AadOf(string name) => "aad-" + name;

    public static string UserIdOf(string name) => "29:" + name.ToLowerInvariant();

    public SenderIdentity Identify(TeamsIdentity account, string? displayName) =>
        NameOf(account) is { } name ? new SenderIdentity(name, IsCoordinator(name), account.AadObjectId) : SenderIdentity.Unknown;

    public void LinkOnFirstContact(TeamsIdentity account, string? displayName)
    {
    }

    public string? NameOf(TeamsIdentity account) =>
        account.AadObjectId is { } aad && aad.StartsWith("aad-", StringComparison.Ordinal) ? aad[4..] : null;

    public string? RosterName(string writtenName) => null;

    public PersonLink? FindLink(string personName) => new() { Id = personName, AadObjectId = AadOf(personName) };

    public bool IsCoordinator(string personName) => personName == Coordinator;
}
