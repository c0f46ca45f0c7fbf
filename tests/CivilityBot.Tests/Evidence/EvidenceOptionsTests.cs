using CivilityBot.Evidence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Evidence;

public sealed class EvidenceOptionsTests
{
    [Fact]
    public void AddEvidence_AllowedTypesInConfiguration_ReplaceTheDefaultsRatherThanAddToThem() =>
        Assert.Equal(["pdf", "jpg"], Options(new() { ["Evidence:AllowedTypes:0"] = "pdf", ["Evidence:AllowedTypes:1"] = "jpg" }).AllowedTypes);

    [Fact]
    public void AddEvidence_NoAllowedTypesConfigured_TakesPhotosDocumentsAudioAndVideo()
    {
        var allowed = Options([]).AllowedTypes;

        Assert.Equal(EvidenceOptions.DefaultAllowedTypes, allowed);
        Assert.Contains("heic", allowed);
        Assert.Contains("docx", allowed);
        Assert.Contains("m4a", allowed);
        Assert.Contains("mov", allowed);
    }

    [Fact]
    public void AddEvidence_AnExtensionNoTypeIsKnownFor_FailsValidation() =>
        Assert.Throws<OptionsValidationException>(() => Options(new() { ["Evidence:AllowedTypes:0"] = "exe" }));

    private static EvidenceOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddEvidence(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
    }
}
