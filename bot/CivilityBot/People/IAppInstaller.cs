namespace CivilityBot.People;

/// <summary>Installs the bot in a person's personal scope, so it can write to someone who never opened it.</summary>
public interface IAppInstaller
{
    /// <summary>False without Graph (the default), without a catalog id, or in a cloud whose Graph cannot install apps.</summary>
    bool IsAvailable { get; }

    /// <summary>Why installation is not available and what to configure (Chinese, for previews); null when available.</summary>
    string? UnavailableReason { get; }

    /// <summary>
    /// Installs (or finds the existing installation) for the Entra user <paramref name="aadObjectId"/> and returns the chat
    /// between them and the bot. Records the outcome for <paramref name="personName"/>. Never throws for a Graph refusal.
    /// </summary>
    Task<AppInstallOutcome> InstallAsync(string personName, string aadObjectId, CancellationToken ct);
}
