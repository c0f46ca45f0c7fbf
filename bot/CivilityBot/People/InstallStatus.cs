namespace CivilityBot.People;

/// <summary>How the last attempt to install the bot for a person through Graph ended.</summary>
public enum InstallStatus
{
    /// <summary>Never attempted.</summary>
    None,

    /// <summary>Graph answered 201 Created: installed by the bot.</summary>
    Installed,

    /// <summary>Graph answered 409 Conflict: the person already had the app.</summary>
    AlreadyInstalled,

    /// <summary>Graph refused (403, 404, 400, or still throttled after its retries); the reason says why.</summary>
    Refused,
}
