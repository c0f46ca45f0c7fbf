namespace CivilityBot.Protocol;

/// <summary>The Microsoft cloud the bot lives in (<c>Bot:Cloud</c>, case-insensitive); picks <see cref="BotCloudEndpoints"/>.</summary>
public enum BotCloud
{
    /// <summary>The public (commercial) cloud, including GCC.</summary>
    Public,

    /// <summary>US Government Community Cloud High (GCC High).</summary>
    USGov,

    /// <summary>US Government Department of Defense.</summary>
    USGovDoD,

    /// <summary>Microsoft Azure and Microsoft 365 operated by 21Vianet in mainland China.</summary>
    China,
}
