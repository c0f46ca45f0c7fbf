using CivilityBot.Downloads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Downloads;

public sealed class DownloadsServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("Downloads:PublicBaseUrl", "not a url")]
    [InlineData("Downloads:PublicBaseUrl", "http://")]
    [InlineData("Downloads:LinkLifetime", "00:00:10")]
    [InlineData("Downloads:LinkLifetime", "31.00:00:00")]
    public void Broken_download_settings_are_refused_at_start_up(string key, string value)
    {
        using var provider = Provider(key, value);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DownloadOptions>>().Value);
    }

    [Fact]
    public void The_defaults_point_at_the_local_bot_for_a_day()
    {
        using var provider = Provider("Unrelated", "x");

        var options = provider.GetRequiredService<IOptions<DownloadOptions>>().Value;

        Assert.Equal(("http://localhost:3978", TimeSpan.FromHours(24)), (options.PublicBaseUrl, options.LinkLifetime));
    }

    private static ServiceProvider Provider(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        return new ServiceCollection().AddDownloads(configuration).BuildServiceProvider();
    }
}
