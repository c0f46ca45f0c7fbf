namespace CivilityBot.Uploads;

/// <summary>The signing key of upload links and which browser claimed each link.</summary>
public interface IUploadLinkStore
{
    /// <summary>The 32-byte HMAC key, made and kept on first use so links survive a restart.</summary>
    byte[] SigningKey();

    /// <summary>Records <paramref name="claim"/> unless the link is claimed already; returns the claim in force.</summary>
    UploadLinkClaim Claim(UploadLinkClaim claim);

    /// <summary>Forgets claims of links that expired at or before <paramref name="now"/>; returns how many.</summary>
    int DeleteExpired(DateTimeOffset now);
}
