namespace CivilityBot.Knowledge;

/// <summary>The campaign file is missing, unreadable or inconsistent; the message names the file and the field.</summary>
public sealed class CampaignDataException : Exception
{
    public CampaignDataException()
    {
    }

    public CampaignDataException(string message)
        : base(message)
    {
    }

    public CampaignDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
