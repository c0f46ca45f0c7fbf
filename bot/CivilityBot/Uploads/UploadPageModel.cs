namespace CivilityBot.Uploads;

/// <summary>
/// What the upload page shows above the file picker: a <see cref="Heading"/> ("上传佐证材料"), a bold
/// <see cref="Label"/> and its <see cref="Text"/> ("16.1", the sub-criterion), a line naming <see cref="Person"/>, and
/// the files already there (<see cref="Files"/>: name and a small detail such as "1.2 MB · 汪珂吉"; null hides the list).
/// </summary>
public sealed record UploadPageModel(string Heading, string Label, string Text, string Person, IReadOnlyList<(string Name, string Detail)>? Files);
