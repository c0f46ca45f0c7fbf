namespace CivilityBot.Protocol;

/// <summary>How the bot's Entra identity is set up (<c>Bot:MicrosoftAppType</c>, case-insensitive).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
