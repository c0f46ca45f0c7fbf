using System.Text.Json;

namespace CivilityBot.Knowledge;

/// <summary>Reads and validates a campaign file. Broken data throws <see cref="CampaignDataException"/>.</summary>
public static class CampaignLoader
{
    public static Campaign LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CampaignDataException($"Campaign file not found: {path}");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static Campaign Load(Stream json, string source = "campaign.json")
    {
        Campaign? campaign;
        try
        {
            campaign = JsonSerializer.Deserialize(json, CampaignJsonContext.Default.Campaign);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is null ? string.Empty : $" at {exception.Path.TrimStart('$', '.')}";
            throw new CampaignDataException(
                $"{source}: not valid campaign JSON{where} (line {exception.LineNumber + 1}): {exception.Message}", exception);
        }

        if (campaign is null)
        {
            throw new CampaignDataException($"{source}: the file is empty");
        }

        var problem = CampaignValidator.FirstProblem(campaign);
        return problem is null ? campaign : throw new CampaignDataException($"{source}: {problem}");
    }

    public static Campaign Parse(string json, string source = "campaign.json")
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream, source);
    }
}
