namespace CivilityBot.Protocol;

/// <summary>Decides which serviceUrls may receive the bot's connector token.</summary>
public interface IServiceUrlTrust
{
    bool IsTrusted(string serviceUrl);

    /// <summary>Trusts <paramref name="serviceUrl"/> from now on (seen on an authenticated activity, or a stored verified reference).</summary>
    void MarkVerified(string serviceUrl);
}
