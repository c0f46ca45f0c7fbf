namespace CivilityBot.People;

/// <summary>Where a roster person stands in the directory after the last sync.</summary>
public enum DirectoryStatus
{
    /// <summary>Not looked up yet.</summary>
    Unknown,

    /// <summary>Exactly one user; <see cref="DirectoryRecord.AadObjectId"/> is theirs.</summary>
    Found,

    /// <summary>The roster gives no UPN or e-mail to look up.</summary>
    NoAddress,

    /// <summary>No user has that UPN or e-mail (never had, or left).</summary>
    NotFound,

    /// <summary>Several users share that e-mail; nobody is linked.</summary>
    Ambiguous,

    /// <summary>Found, but the person is linked to another account; the link is left alone for a coordinator.</summary>
    Conflict,

    /// <summary>The directory could not be asked (network, permissions); tried again at the next sync.</summary>
    Error,
}
