package org.jmlir.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;

/** Everything needed to create an operation, filled in by builders and parsers before {@link Operation#create}. */
public final class OperationState {
    public final OperationName name;
    public Location location;
    public final List<Value> operands = new ArrayList<>();
    public final List<Type> resultTypes = new ArrayList<>();
    /** Inherent attributes (MLIR's properties). */
    public final Map<String, Attribute> properties = new LinkedHashMap<>();
    /** Discardable attributes. */
    public final Map<String, Attribute> attributes = new LinkedHashMap<>();
    public final List<Block> successors = new ArrayList<>();
    public final List<Region> regions = new ArrayList<>();
    /**
     * Whether properties were written even if empty ({@code <{}>}): an unregistered op keeps them as an attribute,
     * and mlir-opt prints an empty one back.
     */
    public boolean explicitProperties;

    public OperationState(OperationName name, Location location) {
        this.name = name;
        this.location = location;
    }

    public OperationState addOperands(List<? extends Value> vs) {
        operands.addAll(vs);
        return this;
    }

    public OperationState addOperand(Value v) {
        operands.add(v);
        return this;
    }

    public OperationState addTypes(List<? extends Type> ts) {
        resultTypes.addAll(ts);
        return this;
    }

    public OperationState addType(Type t) {
        resultTypes.add(t);
        return this;
    }

    /** Sets an attribute where it belongs: among the properties if the op declares it inherent, else discardable. */
    public OperationState addAttribute(String n, Attribute value) {
        if (name.isRegistered() && name.definition().isInherentAttribute(n)) properties.put(n, value);
        else attributes.put(n, value);
        return this;
    }

    public OperationState addProperty(String n, Attribute value) {
        properties.put(n, value);
        return this;
    }

    public Region addRegion() {
        Region r = new Region();
        regions.add(r);
        return r;
    }

    public OperationState addRegion(Region r) {
        regions.add(r);
        return this;
    }

    public OperationState addSuccessor(Block b) {
        successors.add(b);
        return this;
    }

    static DictionaryAttr toDict(Map<String, Attribute> m) {
        if (m.isEmpty()) return DictionaryAttr.EMPTY;
        List<NamedAttribute> l = new ArrayList<>(m.size());
        m.forEach((k, v) -> l.add(new NamedAttribute(k, v)));
        return new DictionaryAttr(l);
    }
}
