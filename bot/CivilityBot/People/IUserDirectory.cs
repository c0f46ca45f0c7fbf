namespace CivilityBot.People;

/// <summary>The organisation's user directory (Entra ID), asked for the roster people whose UPN or e-mail is known.</summary>
public interface IUserDirectory
{
    /// <summary>
    /// The user whose UPN is <paramref name="upnOrMail"/>, else the users whose primary e-mail it is. Throws on any other
    /// failure (network, throttling past the retries, permissions), so a caller can tell "not there" from "not asked".
    /// </summary>
    Task<DirectoryLookup> LookupAsync(string upnOrMail, CancellationToken ct);
}
