namespace CivilityBot.Evidence;

/// <summary>Chat replies of 上传佐证 16.1 and 删除佐证 16.1 [n], in Chinese.</summary>
public static class EvidenceFileTexts
{
    public const string PageOnly = "群聊和频道里发送的文件我收不到。请点下面的按钮在网页上上传，或在与我的单独聊天中发送「上传佐证」和编号后直接发文件。";

    public static string NoFiles(string id) => $"{id} 还没有佐证文件。";

    public static string ListHeading(string id) => $"{id} 当前的佐证文件：";

    public static string HowToRemove(string id) => $"要删除某个文件，请发送「删除佐证 {id} 序号」，例如「删除佐证 {id} 1」。";

    public static string NoSuchFile(string id, int number, int count) =>
        count == 0 ? $"{id} 没有可删除的佐证文件，未做任何更改。" : $"{id} 没有第 {number} 个文件（共 {count} 个），未做任何更改。发送「删除佐证 {id}」查看序号。";

    public static string Removed(string id, string name) =>
        $"已从 {id} 删除「{name}」。清单、台账和目录.xlsx 不再列出它；删除记录（谁、何时、哪个文件）保留在佐证审计记录中。";
}
