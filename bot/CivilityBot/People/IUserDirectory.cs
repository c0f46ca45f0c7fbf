namespace CivilityBot.People;

/// <summary>The organisation's user directory (Entra ID), asked for the people whose UPN the campaign data names.</summary>
public interface IUserDirectory
{
    /// <summary>Null when no such user exists.</summary>
    Task<string?> FindObjectIdByUpnAsync(string upn, CancellationToken ct);
}
