using Microsoft.IdentityModel.JsonWebTokens;

namespace CivilityBot.Protocol.Auth;

/// <summary>Checks on the form of the Authorization header and of the token, before any cryptography.</summary>
internal static class TokenShape
{
    /// <summary>Exactly "Bearer &lt;token&gt;": the scheme is compared case-insensitively, any other shape is refused.</summary>
    public static bool TryReadBearer(string? authorization, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrEmpty(authorization))
        {
            return false;
        }

        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !authorization.AsSpan(0, space).Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = authorization[(space + 1)..];
        return token.Length > 0 && !token.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>SDK rule (SkillValidation.IsSkillClaim): an Entra token whose caller app differs from its audience.</summary>
    public static bool IsSkillToken(JsonWebToken jwt)
    {
        jwt.TryGetPayloadValue<string>(AuthenticationConstants.AppIdClaim, out var appId);
        if (appId == AuthenticationConstants.AnonymousSkillAppId)
        {
            return true;
        }

        if (!jwt.TryGetPayloadValue<string>(AuthenticationConstants.VersionClaim, out var version))
        {
            return false;
        }

        var audience = jwt.Audiences.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(audience) || audience == AuthenticationConstants.BotFrameworkIssuer)
        {
            return false;
        }

        var claim = version == "2.0" ? AuthenticationConstants.AuthorizedPartyClaim : AuthenticationConstants.AppIdClaim;
        return jwt.TryGetPayloadValue<string>(claim, out var caller) && !string.IsNullOrWhiteSpace(caller) && caller != audience;
    }
}
