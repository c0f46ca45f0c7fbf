using System.Globalization;

namespace CivilityBot.Cluster.Tests;

/// <summary>A Teams account of the test: roster name, Teams user id and Entra object id, all derived from a number.</summary>
internal sealed record ClusterUser(string Name, string UserId, string AadObjectId)
{
    /// <summary>The coordinator: an account whose AAD id is listed in People:BootstrapCoordinators, linked to 刘斌.</summary>
    public static ClusterUser Coordinator { get; } = new("刘斌", "29:cluster-coordinator", "c0000000-0000-4000-8000-000000000001");

    /// <summary>The generated person number <paramref name="number"/> (1-based): 巡查员001, …</summary>
    public static ClusterUser Generated(int number) => new(
        "巡查员" + number.ToString("D3", CultureInfo.InvariantCulture),
        "29:cluster-" + number.ToString("D3", CultureInfo.InvariantCulture),
        "c1000000-0000-4000-8000-" + number.ToString("D12", CultureInfo.InvariantCulture));

    /// <summary>Their 1:1 chat with the bot, as the simulated connector names it.</summary>
    public string PersonalConversationId => "a:" + UserId;
}
