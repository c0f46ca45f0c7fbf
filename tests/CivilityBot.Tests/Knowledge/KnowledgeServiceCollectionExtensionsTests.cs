using CivilityBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CivilityBot.Tests.Knowledge;

public class KnowledgeServiceCollectionExtensionsTests
{
    [Fact]
    public async Task StartAsync_BrokenCampaignFile_StopsWithTheFieldNamingError()
    {
        var json = SeedCampaign.Json();
        json["indicators"]![15]!["owners"]![0]!["person"] = "";
        var path = Path.Combine(Path.GetTempPath(), $"campaign-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json.ToJsonString());
        try
        {
            using var host = Host(path);

            var error = await Assert.ThrowsAsync<CampaignDataException>(() => host.StartAsync());

            Assert.Contains("indicators[15].owners[0].person is empty", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StartAsync_DefaultPath_LoadsTheCampaignOnceForEveryone()
    {
        using var host = Host(path: null);

        await host.StartAsync();

        var campaign = host.Services.GetRequiredService<Campaign>();
        Assert.Same(campaign, host.Services.GetRequiredService<Campaign>());
        Assert.Equal(31, campaign.Indicators.Count);
        Assert.Contains("汪珂吉", host.Services.GetRequiredService<QuestionAnswerer>().Answer("第16项").Summary, StringComparison.Ordinal);
        Assert.NotEmpty(host.Services.GetRequiredService<DataCheck>().Findings);
        await host.StopAsync();
    }

    private static IHost Host(string? path)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (path is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Campaign:Path"] = path });
        }

        builder.Services.AddLogging();
        builder.Services.AddKnowledge(builder.Configuration);
        return builder.Build();
    }
}
