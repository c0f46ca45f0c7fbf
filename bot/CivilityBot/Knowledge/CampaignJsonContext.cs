using System.Text.Json.Serialization;

namespace CivilityBot.Knowledge;

// Comments and trailing commas are allowed because coordinators edit this file by hand.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Campaign))]
internal sealed partial class CampaignJsonContext : JsonSerializerContext;
