using System.Collections.Concurrent;
using CivilityBot.People;

namespace CivilityBot.Tests.Reminders;

/// <summary>An installer whose answers a test sets per Entra id; unlisted ids install into chat "19:{id}@unq.gbl.spaces".</summary>
internal sealed class FakeAppInstaller(bool available = true) : IAppInstaller
{
    public ConcurrentDictionary<string, AppInstallOutcome> Outcomes { get; } = new();

    public ConcurrentQueue<string> Asked { get; } = new();

    public bool IsAvailable => available;

    public string? UnavailableReason => available ? null : DirectoryTexts.GraphHint;

    public Task<AppInstallOutcome> InstallAsync(string personName, string aadObjectId, CancellationToken ct)
    {
        Asked.Enqueue(aadObjectId);
        return Task.FromResult(Outcomes.GetValueOrDefault(aadObjectId)
            ?? new AppInstallOutcome(InstallStatus.Installed, $"19:{aadObjectId}@unq.gbl.spaces", null));
    }
}
