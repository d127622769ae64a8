using System.IO.Compression;
using System.Text;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// The model file: gzip over a little-endian binary stream: a magic string, the number of stages
/// (1, or 2 with the document stage), then each stage: its label names (which must equal
/// <see cref="NerLabels.All"/>), the trigger list, the name memory, the gazetteer flag, the
/// transition weights, then each feature as its name, a bit mask of the labels it has a weight
/// for, and those weights. Features whose weights are all zero are not written. Files of the
/// earlier one-stage format (<c>RASD-NER-1</c>) still load.
/// </summary>
internal static class NerModelFile
{
    private const string SingleStage = "RASD-NER-1";
    private const string Magic = "RASD-NER-2";

    public static void Save(NerModel model, NerModel? stage2, string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(stage2 is null ? 1 : 2);
        Write(writer, model);
        if (stage2 is not null)
        {
            Write(writer, stage2);
        }
    }

    private static void Write(BinaryWriter writer, NerModel model)
    {
        writer.Write(NerLabels.Count);
        foreach (var label in NerLabels.All)
        {
            writer.Write(label);
        }
        var triggers = model.Extractor.Triggers.Entries;
        writer.Write(triggers.Count);
        foreach (var (word, type) in triggers)
        {
            writer.Write(word);
            writer.Write(type);
        }
        var memory = model.Memory.Entries;
        writer.Write(memory.Count);
        foreach (var (word, label) in memory)
        {
            writer.Write(word);
            writer.Write(label);
        }
        writer.Write(model.UsesGazetteer);
        WriteFloats(writer, model.Weights.Transition1);
        WriteFloats(writer, model.Weights.Transition2);

        var labels = NerLabels.Count;
        var emission = model.Weights.Emission;
        var kept = Enumerable.Range(0, model.FeatureNames.Count)
            .Where(f => emission.AsSpan(f * labels, labels).ContainsAnyExcept(0f))
            .ToList();
        writer.Write(kept.Count);
        foreach (var f in kept)
        {
            writer.Write(model.FeatureNames[f]);
            var row = emission.AsSpan(f * labels, labels);
            byte mask = 0;
            for (var y = 0; y < labels; y++)
            {
                mask |= row[y] != 0 ? (byte)(1 << y) : (byte)0;
            }
            writer.Write(mask);
            foreach (var weight in row)
            {
                if (weight != 0)
                {
                    writer.Write(weight);
                }
            }
        }
    }

    /// <summary>The first stage and, when the file has one, the document-level second stage.</summary>
    public static (NerModel Model, NerModel? Stage2) Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        var stages = reader.ReadString() switch
        {
            SingleStage => 1,
            Magic => reader.ReadInt32(),
            _ => throw new InvalidDataException($"{path}: not a Rasd NER model"),
        };
        if (stages is < 1 or > 2)
        {
            throw new InvalidDataException($"{path}: {stages} stages");
        }
        var model = Read(reader, path);
        return (model, stages == 2 ? Read(reader, path) : null);
    }

    private static NerModel Read(BinaryReader reader, string path)
    {
        var labels = reader.ReadInt32();
        for (var y = 0; y < labels; y++)
        {
            if (y >= NerLabels.Count || reader.ReadString() != NerLabels.All[y])
            {
                throw new InvalidDataException($"{path}: the model's labels differ from this build's");
            }
        }
        var triggers = new List<KeyValuePair<string, string>>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            triggers.Add(new(reader.ReadString(), reader.ReadString()));
        }
        var memory = new List<KeyValuePair<string, string>>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            memory.Add(new(reader.ReadString(), reader.ReadString()));
        }
        var usesGazetteer = reader.ReadBoolean();
        var transition1 = ReadFloats(reader);
        var transition2 = ReadFloats(reader);
        var features = reader.ReadInt32();
        var names = new string[features];
        var emission = new float[features * labels];
        for (var f = 0; f < features; f++)
        {
            names[f] = reader.ReadString();
            var mask = reader.ReadByte();
            for (var y = 0; y < labels; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    emission[f * labels + y] = reader.ReadSingle();
                }
            }
        }
        return new NerModel(names, new NerWeights(emission, transition1, transition2), new TriggerLexicon(triggers), new NameMemory(memory), usesGazetteer);
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadSingle();
        }
        return values;
    }
}
